using System.Net;
using System.Text.RegularExpressions;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Instruments;

namespace LeadershipModel.Campaigns.Tests.Pages;

public abstract partial class CampaignPagesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CampaignsFactory _factory = new(provider: provider);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task WholeCampaign_ThroughThePagesFormPosts_ReleasesFeedbackWithoutRaterNames()
    {
        var admin = new PageDriver(_factory.NewClient());
        await SignInAsync(admin);

        // The admin adds the person and creates the campaign.
        var home = await admin.GetAsync("/admin");
        (await admin.SubmitAsync(home, "/admin", f => f.Action.Contains("AddPerson", StringComparison.OrdinalIgnoreCase), new Dictionary<string, string> { ["name"] = "Tanja Example" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var create = await admin.GetAsync("/admin/campaigns/new");
        var created = await admin.SubmitAsync(create, "/admin/campaigns/new", values: new Dictionary<string, string>
        {
            ["Title"] = "Spring 360",
            ["Instrument"] = $"{CanonicalInstruments.ShortId} {CanonicalInstruments.Version}",
            ["Deadline"] = _factory.Clock.GetUtcNow().AddDays(10).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var campaignUrl = created.Headers.Location!.OriginalString;

        // The admin invites 1 self, 1 manager, 4 peers, 2 direct reports and 1 other; each link is shown once.
        var links = new List<(string Role, string Label, string Link)>();
        foreach (var (role, count) in new[] { ("self", 1), ("manager", 1), ("peer", 4), ("direct-report", 2), ("other", 1) })
        {
            for (var i = 1; i <= count; i++)
            {
                var page = await admin.GetAsync(campaignUrl);
                var label = $"Rater{role.Replace("-", "", StringComparison.Ordinal)}{i}";
                var response = await admin.SubmitAsync(page, campaignUrl, f => f.Action.Contains("AddRater", StringComparison.OrdinalIgnoreCase), new Dictionary<string, string> { ["role"] = role, ["label"] = label });
                var html = await response.Content.ReadAsStringAsync();
                response.StatusCode.Should().Be(HttpStatusCode.OK, html);
                links.Add((role, label, new Uri(LinkPattern().Match(html).Groups[1].Value).PathAndQuery));
            }
        }

        // Each rater answers page by page: next, save and resume, comment, submit.
        foreach (var (role, label, link) in links)
        {
            var rater = new PageDriver(_factory.NewClient());
            var page = await rater.GetAsync(link);
            page.QuerySelector("progress").Should().NotBeNull();
            page.Body!.TextContent.Should().Contain("Who sees what");
            var pages = int.Parse(PageCountPattern().Match(page.Body.TextContent).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            for (var p = 1; p <= pages; p++)
            {
                var url = $"{link}?p={p}";
                page = await rater.GetAsync(url);
                var answers = page.QuerySelectorAll("fieldset.item input[type=radio]")
                    .Select(r => r.GetAttribute("name")!).Distinct()
                    .ToDictionary(n => n, _ => role == "self" ? "4" : "2");
                if (p == 1)
                {
                    // Save and resume: the saved page shows the answers again on a fresh visit.
                    var saved = await rater.SubmitAsync(page, url, values: answers, button: "save");
                    (await saved.Content.ReadAsStringAsync()).Should().Contain("Saved.");
                    var again = await rater.GetAsync(url);
                    again.QuerySelectorAll("fieldset.item input[type=radio][checked]").Where(r => r.GetAttribute("value") != "").Should().HaveCount(answers.Count);
                }

                if (p < pages)
                {
                    (await rater.SubmitAsync(page, url, values: answers, button: "next")).StatusCode.Should().Be(HttpStatusCode.Redirect);
                }
                else
                {
                    page.QuerySelectorAll("textarea").Should().HaveCount(2, "the open questions are comment boxes on the last page");
                    answers["c:keep-doing"] = $"Keep listening ({role})";
                    var done = await rater.SubmitAsync(page, url, values: answers, button: "submit");
                    done.StatusCode.Should().Be(HttpStatusCode.Redirect);
                    (await rater.GetAsync(link)).Body!.TextContent.Should().Contain("Your answers are in");
                }
            }
        }

        var overview = await admin.GetAsync(campaignUrl);
        overview.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")
            .Select(r => string.Join(":", r.Children.Select(c => c.TextContent.Trim())))
            .Should().Equal("self:1:1", "manager:1:1", "peer:4:4", "direct-report:2:2", "other:1:1");

        // Close, release, and the person opens the feedback.
        (await admin.SubmitAsync(overview, campaignUrl, f => f.Action.Contains("Close", StringComparison.OrdinalIgnoreCase))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var closed = await admin.GetAsync(campaignUrl);
        var released = await admin.SubmitAsync(closed, campaignUrl, f => f.Action.Contains("Release", StringComparison.OrdinalIgnoreCase));
        var releasedHtml = await released.Content.ReadAsStringAsync();
        var feedbackLink = new Uri(LinkPattern().Match(releasedHtml).Groups[1].Value).PathAndQuery;
        feedbackLink.Should().StartWith("/f/");

        var person = new PageDriver(_factory.NewClient());
        var feedback = await person.GetAsync(feedbackLink);
        var text = feedback.Body!.TextContent;
        text.Should().Contain("Feedback for Tanja Example").And.Contain("others-combined").And.Contain("Keep listening");
        var groups = feedback.QuerySelectorAll("main > table tbody tr").Select(r => r.Children[0].TextContent + ":" + r.Children[1].TextContent).ToList();
        groups.Should().Equal("self:1", "manager:1", "peer:4", "others-combined:3", "all-others:8");
        foreach (var (_, label, link) in links)
        {
            feedback.DocumentElement.OuterHtml.Should().NotContain(label).And.NotContain(link);
        }

        (await person.Client.GetAsync(feedbackLink + "/feedback.pdf")).Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
    }

    [Fact]
    public async Task AdminPage_WithoutSignIn_RedirectsToSignIn()
    {
        var response = await _factory.NewClient().GetAsync("/admin");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/admin/login");
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWith401()
    {
        var driver = new PageDriver(_factory.NewClient());
        var page = await driver.GetAsync("/admin/login");
        var response = await driver.SubmitAsync(page, "/admin/login", values: new Dictionary<string, string> { ["Password"] = "nope" });
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("wrong");
    }

    internal static async Task SignInAsync(PageDriver admin)
    {
        var login = await admin.GetAsync("/admin/login");
        var response = await admin.SubmitAsync(login, "/admin/login", values: new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = CampaignsFactory.Password });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("class=\"link-once\" href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"Page \d+ of (\d+)")]
    private static partial Regex PageCountPattern();
}

public sealed class CampaignPagesTestsOnSqlite() : CampaignPagesTests(DatabaseProvider.Sqlite);

public sealed class CampaignPagesTestsOnPostgres() : CampaignPagesTests(DatabaseProvider.Postgres);
