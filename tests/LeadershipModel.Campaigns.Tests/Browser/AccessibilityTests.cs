using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Testing.Browser;

namespace LeadershipModel.Campaigns.Tests.Browser;

/// <summary>
/// axe-core in Chromium on the admin pages, the rater form (first and last page) and the person's feedback page:
/// no serious or critical violation.
/// </summary>
public sealed class AccessibilityTests : IAsyncLifetime
{
    private readonly CampaignsFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Pages_CheckedByAxe_HaveNoSeriousOrCriticalViolations()
    {
        var axe = Axe.LoadScript();
        using var browser = BrowserSession.Start(width: 1024, height: 800);
        var app = _factory.StartOnLoopback();
        var violations = new List<string>();
        var pages = new List<string>();
        void Check(string page)
        {
            pages.Add(page);
            violations.AddRange(Axe.Violations(browser, axe, "serious", "critical"));
        }

        // A campaign with a self-assessment and three peers, set up through the API; one more peer answers in the browser.
        var api = new ApiDriver(_factory);
        await api.SignInAsync();
        var campaign = await api.NewCampaignAsync();
        foreach (var role in new[] { "self", "peer", "peer", "peer" })
        {
            var link = await api.AddRaterAsync(campaign.Id, role, role);
            (await api.SubmitAsync(link.Token, 4, comment: "Clear priorities")).EnsureSuccessStatusCode();
        }

        var rater = await api.AddRaterAsync(campaign.Id, "peer", "the browser's peer");

        browser.Go(new Uri(app, "admin/login"));
        Check("sign-in");
        browser.Fill("User name", "admin");
        browser.Fill("Password", CampaignsFactory.Password);
        browser.Press("Sign in");
        browser.Go(new Uri(app, "admin"));
        Check("campaigns");
        browser.Go(new Uri(app, "admin/campaigns/new"));
        Check("new campaign");
        browser.Go(new Uri(app, $"admin/campaigns/{campaign.Id}"));
        Check("campaign");
        browser.Go(new Uri(app, "admin/audit"));
        Check("audit log");
        browser.Press("Sign out");

        browser.Go(new Uri(app, $"r/{rater.Token}"));
        Check("rater form, first page");
        while (true)
        {
            browser.AnswerEveryQuestion(3);
            if (browser.FindButton("Submit my answers") is not null)
            {
                break;
            }

            browser.Press("Next page");
        }

        Check("rater form, last page");
        browser.Press("Submit my answers");
        Check("rater form, submitted");

        var feedback = await api.CloseAndReleaseAsync(campaign.Id);
        browser.Go(new Uri(app, new Uri(feedback.Link).AbsolutePath));
        browser.Text("body").Should().Contain("Tanja Example");
        Check("feedback");

        pages.Should().HaveCount(9);
        violations.Should().BeEmpty("axe-core {0} finds no serious or critical problem on {1}", Axe.Version, string.Join(", ", pages));
    }
}
