using System.Net;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.Campaigns;

public abstract class AuditTests(DatabaseProvider provider) : SignedInTests(provider)
{
    [Fact]
    public async Task ReleaseAndExport_WrittenWithTheClocksTimeAndTheAdmin()
    {
        var campaign = await Api.NewCampaignAsync();
        var link = await Api.AddRaterAsync(campaign.Id, "self", "me");
        (await Api.SubmitAsync(link.Token, 3, comment: "=HYPERLINK(\"x\")")).EnsureSuccessStatusCode();
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var releasedAt = Factory.Clock.GetUtcNow();
        await Api.CloseAndReleaseAsync(campaign.Id);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var export = await Api.Admin.GetAsync($"/api/campaigns/{campaign.Id}/export");
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        var csv = await export.Content.ReadAsStringAsync();
        csv.Should().StartWith(RawAnswersCsv.Notice);
        csv.Should().Contain("'=HYPERLINK", "a comment is never a formula in a spreadsheet").And.NotContain(",=HYPERLINK");
        csv.Should().NotContain("me,", "raters are numbered, not labelled");

        var audit = await ApiDriver.Read<List<AuditLine>>(await Api.Admin.GetAsync("/api/audit"), HttpStatusCode.OK);
        audit.Select(a => (a.Action, a.Admin, a.At, a.CampaignId)).Should().Equal(
            ("export", "admin", releasedAt.AddMinutes(5), campaign.Id),
            ("release", "admin", releasedAt, campaign.Id));
        audit.Should().AllSatisfy(a => a.Detail.Should().NotContain("HYPERLINK"));
    }

    [Fact]
    public async Task AuditPage_ShowsTheEntries()
    {
        var campaign = await Api.NewCampaignAsync();
        (await Api.SubmitAsync((await Api.AddRaterAsync(campaign.Id, "self", "me")).Token, 3)).EnsureSuccessStatusCode();
        await Api.CloseAndReleaseAsync(campaign.Id);
        var page = await new PageDriver(Api.Admin).GetAsync("/admin/audit");
        page.QuerySelectorAll("tbody tr").Select(r => r.Children[2].TextContent).Should().Equal("release");
        page.QuerySelector("tbody tr")!.Children[0].TextContent.Should().Be("2026-03-02 09:00 UTC");
    }
}

public sealed class AuditTestsOnSqlite() : AuditTests(DatabaseProvider.Sqlite);

public sealed class AuditTestsOnPostgres() : AuditTests(DatabaseProvider.Postgres);
