using System.Net;
using System.Net.Http.Json;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Instruments;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

public abstract class LinkTests(DatabaseProvider provider) : SignedInTests(provider)
{
    [Fact]
    public void Create_Token_Has256RandomBitsAndOnlyItsHashMatches()
    {
        var (token, hash) = LinkTokens.Create();
        Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Should().HaveCount(32);
        LinkTokens.IsWellFormed(token).Should().BeTrue();
        LinkTokens.Matches(hash, token).Should().BeTrue();
        LinkTokens.Matches(hash, LinkTokens.Create().Token).Should().BeFalse();
        hash.Should().NotEqual(System.Text.Encoding.UTF8.GetBytes(token));
    }

    [Fact]
    public async Task Token_StoredOnlyAsHash()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.Raters.Single().TokenHash));
        stored.Should().Equal(LinkTokens.Hash(link.Token));
        if (Factory.Provider == DatabaseProvider.Sqlite)
        {
            (await File.ReadAllBytesAsync(Factory.DatabasePath)).AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(link.Token)).Should().Be(-1);
        }
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ForgedToken_PageAndApi_SayTheLinkIsNotValid(string token)
    {
        await Api.NewCampaignAsync();
        var page = await Api.Anonymous.GetAsync($"/r/{token}");
        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).Should().Contain("This link is not valid");
        var api = await Api.Anonymous.GetAsync($"/api/rate/{token}");
        api.StatusCode.Should().Be(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Api.SubmitAsync(token, 3)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExpiredToken_AfterDeadline_LinkSaysClosedAndNothingIsStored()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        Factory.Clock.Advance(TimeSpan.FromDays(15));
        var page = await Api.Anonymous.GetAsync($"/r/{link.Token}");
        page.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await page.Content.ReadAsStringAsync()).Should().Contain("This campaign is closed");
        (await Api.SubmitAsync(link.Token, 3)).StatusCode.Should().Be(HttpStatusCode.Gone);
        (await Factory.WithDbAsync(db => Task.FromResult(db.Submissions.Count()))).Should().Be(0);
    }

    [Fact]
    public async Task ClosedCampaign_BeforeDeadline_LinkSaysClosed()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        (await Api.Admin.PostAsync($"/api/campaigns/{campaign.Id}/close", null)).EnsureSuccessStatusCode();
        (await Api.Anonymous.GetAsync($"/r/{link.Token}")).StatusCode.Should().Be(HttpStatusCode.Gone);
        (await Api.Anonymous.PutAsJsonAsync($"/api/rate/{link.Token}/draft", new { answers = new Dictionary<string, double?>() })).StatusCode.Should().Be(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task Reminder_ReissuesToken_OldLinkInvalidSavedAnswersKept()
    {
        var campaign = await Api.NewCampaignAsync();
        var first = await Api.AddRaterAsync(campaign.Id, "peer", "p");
        var item = CanonicalInstruments.Short.Items[3].Id;
        (await Api.Anonymous.PutAsJsonAsync($"/api/rate/{first.Token}/draft", new
        {
            answers = new Dictionary<string, double?> { [item] = 5 },
            comments = new Dictionary<string, string?> { ["do-differently"] = "More time for one-to-ones" },
        })).EnsureSuccessStatusCode();

        var second = await ApiDriver.Read<LeadershipModel.Campaigns.Api.CampaignApi.LinkAnswer>(
            await Api.Admin.PostAsync($"/api/campaigns/{campaign.Id}/raters/{first.Id}/reminder", null), HttpStatusCode.OK);
        second.Token.Should().NotBe(first.Token);
        (await Api.Anonymous.GetAsync($"/api/rate/{first.Token}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var form = await ApiDriver.Read<RaterForm>(await Api.Anonymous.GetAsync($"/api/rate/{second.Token}"), HttpStatusCode.OK);
        form.Items.Single(i => i.Id == item).Answer.Should().Be(5);
        form.Questions.Single(q => q.Id == "do-differently").Comment.Should().Be("More time for one-to-ones");
        var details = await ApiDriver.Read<CampaignDetails>(await Api.Admin.GetAsync($"/api/campaigns/{campaign.Id}"), HttpStatusCode.OK);
        details.Raters.Single().LinksIssued.Should().Be(2);
    }

    [Fact]
    public async Task RateLimit_LinkEndpoints_Answer429WithProblemDetails()
    {
        await using var factory = new CampaignsFactory(linkRequestsPerMinute: 3, provider: Factory.Provider);
        var client = factory.NewClient();
        var token = LinkTokens.Create().Token;
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync($"/api/rate/{token}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        var limited = await client.GetAsync($"/r/{token}");
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await client.GetAsync($"/api/feedback/{token}")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "only the link endpoints are limited");
    }
}

public sealed class LinkTestsOnSqlite() : LinkTests(DatabaseProvider.Sqlite);

public sealed class LinkTestsOnPostgres() : LinkTests(DatabaseProvider.Postgres);
