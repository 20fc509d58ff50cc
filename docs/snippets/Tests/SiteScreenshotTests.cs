using LeadershipModel.Testing.Browser;

namespace LeadershipModel.Snippets.Tests;

/// <summary>
/// The built documentation site in headless Chromium: the home page, one API page and one guide render, with
/// screenshots saved as test artefacts (TestResults/screenshots beside the test assembly). The site is built by
/// <c>dotnet tool restore &amp;&amp; dotnet docfx docs/docfx.json</c>; CI builds it before the tests.
/// </summary>
public sealed class SiteScreenshotTests
{
    private static string Site => Path.Combine(Repo.Root, "docs", "_site");

    [Fact]
    public void HomePage_Renders_WithTitleAndHeading()
    {
        using var site = SiteSession.Open("index.html");

        site.Browser.Title.Should().Contain("LeadershipModel");
        site.Browser.Text("article h1").Should().Be("LeadershipModel");
        site.Browser.Text("article").Should().Contain("API reference");
        site.Browser.Text("header nav").Should().Contain("Guides", "the navigation bar is rendered by the template's scripts");
        File.Exists(site.Browser.Screenshot("docs-home")).Should().BeTrue();
    }

    [Fact]
    public void ApiPage_ScoringEngine_Renders_WithItsMembers()
    {
        using var site = SiteSession.Open("api/LeadershipModel.Scoring.ScoringEngine.html");

        site.Browser.Title.Should().Contain("ScoringEngine");
        site.Browser.Text("article h1").Should().Contain("ScoringEngine");
        site.Browser.Text("article").Should().Contain("Fingerprint").And.Contain("CreateBuilder");
        File.Exists(site.Browser.Screenshot("docs-api-scoringengine")).Should().BeTrue();
    }

    [Fact]
    public void GuidePage_Engine_ShowsTheCompiledSnippet()
    {
        using var site = SiteSession.Open("engine.html");
        site.Browser.ScrollTo("#an-enricher");

        site.Browser.Text("article").Should().Contain("public sealed class StrongestPoleEnricher : IProfileEnricher");
        File.Exists(site.Browser.Screenshot("docs-guide-engine")).Should().BeTrue();
    }

    /// <summary>The site served on 127.0.0.1 (the template's navigation needs HTTP) and a browser on one of its pages.</summary>
    private sealed class SiteSession : IDisposable
    {
        private readonly StaticSiteServer server;

        private SiteSession(StaticSiteServer server, BrowserSession browser)
        {
            this.server = server;
            Browser = browser;
        }

        public BrowserSession Browser { get; }

        /// <summary>Skips (visibly, with the command to run) where the site was not built; in CI a missing site fails.</summary>
        public static SiteSession Open(string page)
        {
            if (!File.Exists(Path.Combine(Site, "index.html")))
            {
                var reason = "The documentation site is not built (docs/_site/index.html is missing); build it with " +
                             "'dotnet tool restore && dotnet docfx docs/docfx.json' from the repository root.";
                if (Environment.GetEnvironmentVariable(BrowserSession.RequireVariable) == "1")
                {
                    Assert.Fail(reason + " " + BrowserSession.RequireVariable + "=1 (CI) requires it.");
                }

                Assert.Skip(reason);
            }

            var server = new StaticSiteServer(Site);
            try
            {
                var browser = BrowserSession.Start(width: 1280, height: 900);
                browser.Open(server.BaseUrl + page);
                return new SiteSession(server, browser);
            }
            catch
            {
                server.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Browser.Dispose();
            server.Dispose();
        }
    }
}
