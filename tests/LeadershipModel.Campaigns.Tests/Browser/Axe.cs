using System.Text.Json;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Testing.Browser;

namespace LeadershipModel.Campaigns.Tests.Browser;

/// <summary>
/// axe-core, the accessibility engine, vendored from npm into <c>vendor/axe-core</c> by <c>.ci/run</c> (git-ignored;
/// never loaded from a CDN) and injected into the loaded page through Selenium.
/// </summary>
internal static class Axe
{
    /// <summary>The version <c>.ci/run</c> vendors.</summary>
    public const string Version = "4.14.1";

    public static string ScriptPath => Path.Combine(RepositoryPaths.Root, "tests", "LeadershipModel.Campaigns.Tests", "vendor", "axe-core", "axe.min.js");

    /// <summary>Reads the vendored script, or skips the test (fails it where the browser checks are required) when it is absent.</summary>
    public static string LoadScript()
    {
        if (File.Exists(ScriptPath))
        {
            return File.ReadAllText(ScriptPath);
        }

        var reason = $"axe-core is not vendored at {ScriptPath}; restore it as .ci/run does: "
            + $"(cd $(mktemp -d) && npm pack axe-core@{Version}) and unpack package/axe.min.js into that folder.";
        if (Environment.GetEnvironmentVariable(BrowserSession.RequireVariable) == "1")
        {
            Assert.Fail($"{reason} {BrowserSession.RequireVariable}=1 requires the accessibility check to run.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>Runs axe on the loaded page and returns its violations of the given impacts.</summary>
    /// <param name="browser">The browser, with the page loaded.</param>
    /// <param name="script">The axe-core script.</param>
    /// <param name="impacts">The impacts to keep, for example serious and critical.</param>
    /// <returns>One line per violation: the page, the rule, its impact, its help text and the elements.</returns>
    public static IReadOnlyList<string> Violations(BrowserSession browser, string script, params string[] impacts)
    {
        browser.Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromMinutes(2);
        browser.Script().ExecuteScript(script);
        var json = (string?)browser.Script().ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))))
              .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
            """);
        var page = new Uri(browser.Driver.Url).AbsolutePath;
        using var document = JsonDocument.Parse(json ?? "[]");
        return document.RootElement.EnumerateArray()
            .Where(v => impacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v => $"{page}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()} at "
                + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(5).Select(n => n.GetString())))
            .ToList();
    }
}
