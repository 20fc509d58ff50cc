using System.Text.RegularExpressions;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Instruments;
using LeadershipModel.Testing.Browser;
using UglyToad.PdfPig;

namespace LeadershipModel.Campaigns.Tests.Browser;

/// <summary>
/// The README's walk-through in real Chromium: the admin signs in and creates a campaign, nine raters answer in the
/// browser (save and resume, a comment), the admin closes and releases, and the person reads the feedback and
/// downloads the PDF. A screenshot of each page is saved under <c>TestResults/screenshots</c>.
/// </summary>
public sealed partial class WalkThroughTests : IAsyncLifetime
{
    private const string Person = "Tanja Example";
    private const string Comment = "Keeps her one-to-ones even in busy weeks.";

    private readonly CampaignsFactory _factory = new();
    private readonly string _downloads = Path.Combine(Path.GetTempPath(), "campaigns-downloads", Guid.NewGuid().ToString("N"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_downloads))
        {
            Directory.Delete(_downloads, recursive: true);
        }
    }

    [Fact]
    public void Campaign_WalkedThroughInChromium_PersonSeesGroupsAndThePdfNamesNoRater()
    {
        using var browser = BrowserSession.Start(width: 1024, height: 800, downloadFolder: _downloads);
        var app = _factory.StartOnLoopback();

        // 1. The admin signs in, adds the person and creates the campaign.
        browser.Go(new Uri(app, "admin"));
        browser.Driver.Url.Should().Contain("/admin/login", "the admin pages need a sign-in");
        browser.Screenshot("01-admin-sign-in");
        SignIn(browser);
        browser.Fill("Add a person", Person);
        browser.Press("Add person");
        browser.Text("body").Should().Contain(Person);
        browser.Screenshot("02-admin-campaigns");
        browser.Follow("Create a campaign");
        browser.Fill("Title", "Spring 360");
        browser.Choose("Instrument", v => v.StartsWith(CanonicalInstruments.ShortId + " ", StringComparison.Ordinal));
        browser.Screenshot("03-admin-new-campaign");
        browser.Press("Create campaign");
        var campaignPage = new Uri(browser.Driver.Url);
        campaignPage.AbsolutePath.Should().StartWith("/admin/campaigns/");

        // 2. The raters, by role; each link is shown once.
        var raters = new List<(string Role, string Label, Uri Link)>();
        foreach (var (role, count) in new[] { ("self", 1), ("manager", 1), ("peer", 4), ("direct-report", 2), ("other", 1) })
        {
            for (var i = 1; i <= count; i++)
            {
                var label = $"Rater{role.Replace("-", string.Empty, StringComparison.Ordinal)}{i}";
                browser.Choose("Role", v => v == role);
                browser.Fill("Name or address", label);
                browser.Press("Invite rater");
                raters.Add((role, label, browser.LinkTo("/r/")));
            }
        }

        browser.Screenshot("04-admin-rater-link");
        SignOut(browser);

        // 3. Each rater answers in the browser; the first peer saves, leaves and resumes, and comments.
        foreach (var (role, label, link) in raters)
        {
            var peerWhoResumes = label == "Raterpeer1";
            var value = role == "self" ? 4 : 1 + (label.Length % 5);
            browser.Go(link);
            browser.Text("body").Should().Contain("Who sees what").And.Contain(Person);
            if (role == "self")
            {
                browser.Screenshot("05-rater-form");
            }

            if (peerWhoResumes)
            {
                var answered = browser.AnswerEveryQuestion(value);
                browser.Press("Save and continue later");
                browser.Text("body").Should().Contain("Saved");
                browser.Screenshot("06-rater-saved");
                browser.Go(new Uri(app, "/"));
                browser.Go(link);
                browser.CheckedAnswers().Should().Be(answered, "the same link resumes with the saved answers");
            }

            while (true)
            {
                browser.AnswerEveryQuestion(value).Should().BePositive();
                if (browser.FindButton("Submit my answers") is null)
                {
                    browser.Press("Next page");
                    continue;
                }

                if (peerWhoResumes)
                {
                    var box = browser.Driver.FindElements(OpenQA.Selenium.By.TagName("textarea")).First();
                    box.SendKeys(Comment);
                    browser.Screenshot("07-rater-comments");
                }

                browser.Press("Submit my answers");
                break;
            }

            browser.Text("body").Should().Contain("Your answers are in");
            if (role == "other")
            {
                browser.Screenshot("08-rater-thanks");
            }
        }

        // 4. The admin sees completion as counts, closes the campaign and releases the feedback.
        browser.Go(campaignPage);
        SignIn(browser);
        browser.Go(campaignPage);
        browser.Text("body").Should().NotContain("Who sees what");
        browser.Press("Close campaign");
        browser.Screenshot("09-admin-completion");
        browser.Press("Release feedback");
        var feedbackLink = browser.LinkTo("/f/");
        browser.Screenshot("10-admin-released");
        SignOut(browser);

        // 5. The person opens the feedback: peers alone; the direct reports and the other merged; no rater named.
        browser.Go(feedbackLink);
        var text = browser.Text("body");
        browser.Screenshot("11-person-feedback");
        text.Should().Contain(Person).And.Contain(Comment);
        text.Should().MatchRegex(PeerGroup(), "4 peers are enough to be shown alone");
        text.Should().MatchRegex(OthersCombined(), "2 direct reports and 1 other are merged");
        var html = browser.Driver.PageSource;
        foreach (var (_, label, link) in raters)
        {
            html.Should().NotContain(label).And.NotContain(link.AbsolutePath);
        }

        // 6. The PDF downloads, and its text names no rater.
        browser.Driver.FindElement(OpenQA.Selenium.By.PartialLinkText("PDF")).Click();
        var pdf = PageActions.WaitForDownload(_downloads, ".pdf");
        using var document = PdfDocument.Open(pdf);
        var pdfText = string.Join("\n", document.GetPages().Select(p => p.Text));
        pdfText.Should().Contain(Person);
        foreach (var (_, label, _) in raters)
        {
            pdfText.Should().NotContain(label);
        }
    }

    private static void SignIn(BrowserSession browser)
    {
        browser.Fill("User name", "admin");
        browser.Fill("Password", CampaignsFactory.Password);
        browser.Press("Sign in");
        browser.Driver.Url.Should().NotContain("/admin/login");
    }

    private static void SignOut(BrowserSession browser) => browser.Press("Sign out");

    // "peer 4" or "peers 4" in a table row: the group with the number of people behind it.
    [GeneratedRegex("(?i)\\bpeers?\\W{0,3}4\\b")]
    private static partial Regex PeerGroup();

    // The merged group: "others-combined 3" (the app's table) or "other raters (combined) 3" (the library's report).
    [GeneratedRegex("(?i)(others[- ]combined|other raters \\(combined\\))\\W{0,3}3\\b")]
    private static partial Regex OthersCombined();
}
