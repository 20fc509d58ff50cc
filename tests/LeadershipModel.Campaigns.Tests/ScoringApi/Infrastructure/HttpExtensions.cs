using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

internal static class HttpExtensions
{
    public static Task<HttpResponseMessage> PostJsonTextAsync(this HttpClient client, string path, string json)
        => client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostBytesAsync(this HttpClient client, string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path)
        => client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static Task<string> TextAsync(this HttpResponseMessage response)
        => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
        => JsonNode.Parse(await response.TextAsync())!;

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static JsonElement Element(this string json) => JsonDocument.Parse(json).RootElement;
}
