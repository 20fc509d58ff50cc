using System.Net;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

public abstract class SubmissionTests(DatabaseProvider provider) : SignedInTests(provider)
{
    [Fact]
    public async Task Submit_Twice_StoresOneResponseAndKeepsTheFirst()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        (await ApiDriver.Read<SubmitReceipt>(await Api.SubmitAsync(link.Token, 2), HttpStatusCode.OK)).AlreadySubmitted.Should().BeFalse();
        (await ApiDriver.Read<SubmitReceipt>(await Api.SubmitAsync(link.Token, 5), HttpStatusCode.OK)).AlreadySubmitted.Should().BeTrue();
        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.Submissions.ToList()));
        stored.Should().ContainSingle();
        AnswerJson.ReadAnswers(stored[0].Answers).Values.Should().AllSatisfy(v => v.Should().Be(2));
    }

    [Fact]
    public async Task SaveDraft_AfterSubmission_RefusedAndTheResponseUnchanged()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        (await Api.SubmitAsync(link.Token, 2)).EnsureSuccessStatusCode();
        var item = LeadershipModel.Instruments.CanonicalInstruments.Short.Items[0].Id;
        var response = await Api.Anonymous.PutAsync($"/api/rate/{link.Token}/draft",
            System.Net.Http.Json.JsonContent.Create(new { answers = new Dictionary<string, double?> { [item] = 5 } }));
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.Submissions.Single().Answers));
        AnswerJson.ReadAnswers(stored)[item].Should().Be(2);
    }

    [Fact]
    public async Task Submit_ConcurrentlyForOneCampaign_EveryRaterStoredExactlyOnce()
    {
        var campaign = await Api.NewCampaignAsync();
        var links = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            links.Add((await Api.AddRaterAsync(campaign.Id, "peer", $"peer {i}")).Token);
        }

        // Every rater submits three times at once, all raters together: 36 concurrent requests.
        var requests = links.SelectMany(token => Enumerable.Range(0, 3).Select(_ => token)).ToList();
        var responses = await Task.WhenAll(requests.Select(async token =>
        {
            var response = await new ApiDriver(Factory).Anonymous.PostAsync($"/api/rate/{token}/submission",
                System.Net.Http.Json.JsonContent.Create(new { answers = LeadershipModel.Instruments.CanonicalInstruments.Short.Items.ToDictionary(i => i.Id, _ => (double?)3) }));
            return (token, response.StatusCode, Receipt: response.IsSuccessStatusCode ? await ApiDriver.Read<SubmitReceipt>(response, HttpStatusCode.OK) : null);
        }));

        responses.Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        responses.GroupBy(r => r.token).Should().AllSatisfy(g => g.Count(r => !r.Receipt!.AlreadySubmitted).Should().Be(1, "one of a rater's submissions is stored, the others are told it already was"));
        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.Submissions.Select(s => s.RaterId).ToList()));
        stored.Should().HaveCount(12).And.OnlyHaveUniqueItems();
    }
}

public sealed class SubmissionTestsOnSqlite() : SubmissionTests(DatabaseProvider.Sqlite);

public sealed class SubmissionTestsOnPostgres() : SubmissionTests(DatabaseProvider.Postgres);
