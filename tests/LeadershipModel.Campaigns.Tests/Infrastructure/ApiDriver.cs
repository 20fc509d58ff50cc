using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadershipModel.Campaigns.Api;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Instruments;

namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>Drives the JSON API as an integrating host would.</summary>
public sealed class ApiDriver(CampaignsFactory factory)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Admin { get; } = factory.NewClient();

    public HttpClient Anonymous { get; } = factory.NewClient();

    public async Task SignInAsync()
    {
        var response = await Admin.PostAsJsonAsync("/api/session", new { userName = "admin", password = CampaignsFactory.Password });
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    public async Task<CampaignDetails> NewCampaignAsync(string person = "Tanja Example", int threshold = 3, string instrument = CanonicalInstruments.ShortId)
    {
        var p = await Read<PersonEntry>(await Admin.PostAsJsonAsync("/api/people", new { name = person }), HttpStatusCode.Created);
        return await Read<CampaignDetails>(
            await Admin.PostAsJsonAsync("/api/campaigns", new { personId = p.Id, title = "Spring 360", instrumentId = instrument, anonymityThreshold = threshold, deadline = factory.Clock.GetUtcNow().AddDays(14) }),
            HttpStatusCode.Created);
    }

    public async Task<CampaignApi.LinkAnswer> AddRaterAsync(Guid campaign, string role, string label)
        => await Read<CampaignApi.LinkAnswer>(await Admin.PostAsJsonAsync($"/api/campaigns/{campaign}/raters", new { role, label }), HttpStatusCode.OK);

    public async Task<HttpResponseMessage> SubmitAsync(string token, double value, string? comment = null, Instrument? instrument = null)
    {
        instrument ??= CanonicalInstruments.Short;
        var answers = instrument.Items.ToDictionary(i => i.Id, _ => (double?)value);
        var comments = comment is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["keep-doing"] = comment };
        return await Anonymous.PostAsJsonAsync($"/api/rate/{token}/submission", new { answers, comments });
    }

    public async Task<CampaignApi.LinkAnswer> CloseAndReleaseAsync(Guid campaign)
    {
        (await Admin.PostAsync($"/api/campaigns/{campaign}/close", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        return await Read<CampaignApi.LinkAnswer>(await Admin.PostAsync($"/api/campaigns/{campaign}/release", null), HttpStatusCode.OK);
    }

    public static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }
}
