using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>Drives the pages as a browser without JavaScript would: reads each form, antiforgery token included, and posts it.</summary>
public sealed class PageDriver(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<IHtmlDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, html);
        return Parser.ParseDocument(html);
    }

    /// <summary>Fills the form that contains the given button (or the first form) with its current values and the overrides, and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string url, Func<IHtmlFormElement, bool>? pick = null, IDictionary<string, string>? values = null, string? button = null)
    {
        var form = page.Forms.First(f => pick?.Invoke(f) ?? f.Closest("main") is not null);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked && !(values?.ContainsKey(input.Name!) ?? false))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !(values?.ContainsKey(input.Name) ?? false):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !(values?.ContainsKey(select.Name!) ?? false):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !(values?.ContainsKey(area.Name!) ?? false):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }

        if (values is not null)
        {
            fields.AddRange(values);
        }

        if (button is not null)
        {
            fields.Add(new("action", button));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
