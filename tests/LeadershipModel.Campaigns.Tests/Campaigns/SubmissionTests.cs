using System.Net;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Tests.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

public sealed class SubmissionTests : IAsyncLifetime
{
    private readonly CampaignsFactory _factory = new();
    private ApiDriver _api = null!;

    public async ValueTask InitializeAsync()
    {
        _api = new ApiDriver(_factory);
        await _api.SignInAsync();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Submit_Twice_StoresOneResponseAndKeepsTheFirst()
    {
        var campaign = await _api.NewCampaignAsync();
        var link = await _api.AddRaterAsync(campaign.Id, "peer", "p");
        (await ApiDriver.Read<SubmitReceipt>(await _api.SubmitAsync(link.Token, 2), HttpStatusCode.OK)).AlreadySubmitted.Should().BeFalse();
        (await ApiDriver.Read<SubmitReceipt>(await _api.SubmitAsync(link.Token, 5), HttpStatusCode.OK)).AlreadySubmitted.Should().BeTrue();
        var stored = await _factory.WithDbAsync(db => Task.FromResult(db.Submissions.ToList()));
        stored.Should().ContainSingle();
        AnswerJson.ReadAnswers(stored[0].Answers).Values.Should().AllSatisfy(v => v.Should().Be(2));
    }

    [Fact]
    public async Task Submit_ConcurrentlyForOneCampaign_EveryRaterStoredExactlyOnce()
    {
        var campaign = await _api.NewCampaignAsync();
        var links = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            links.Add((await _api.AddRaterAsync(campaign.Id, "peer", $"peer {i}")).Token);
        }

        // Every rater submits three times at once, all raters together: 36 concurrent requests.
        var requests = links.SelectMany(token => Enumerable.Range(0, 3).Select(_ => token)).ToList();
        var responses = await Task.WhenAll(requests.Select(async token =>
        {
            var client = _factory.NewClient();
            var response = await new ApiDriver(_factory).Anonymous.PostAsync($"/api/rate/{token}/submission",
                System.Net.Http.Json.JsonContent.Create(new { answers = LeadershipModel.Instruments.CanonicalInstruments.Short.Items.ToDictionary(i => i.Id, _ => (double?)3) }));
            return (token, response.StatusCode, Receipt: response.IsSuccessStatusCode ? await ApiDriver.Read<SubmitReceipt>(response, HttpStatusCode.OK) : null);
        }));

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        responses.GroupBy(r => r.token).Should().AllSatisfy(g => g.Count(r => !r.Receipt!.AlreadySubmitted).Should().Be(1, "one of a rater's submissions is stored, the others are told it already was"));
        var stored = await _factory.WithDbAsync(db => Task.FromResult(db.Submissions.Select(s => s.RaterId).ToList()));
        stored.Should().HaveCount(12).And.OnlyHaveUniqueItems();
    }
}
