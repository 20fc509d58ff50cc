using LeadershipModel.Testing.Browser;

namespace LeadershipModel.Cli.Tests;

/// <summary>The HTML feedback report in a real browser (headless Chromium): no sideways scrolling, the radar chart centred.</summary>
public sealed class FeedbackBrowserTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    [Theory]
    [InlineData(1280)]
    [InlineData(760)]
    public async Task HtmlReport_AtWidth_DoesNotScrollSidewaysAndCentresTheChart(int width)
    {
        using var temp = new TempFolder();
        var path = temp.File("t1.html");
        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", "html", "--out", path);
        run.ExitCode.Should().Be(0, run.Error);

        using var browser = BrowserSession.Start(width);
        browser.Open(path);
        browser.ViewportWidth.Should().Be(width);

        var widths = browser.MeasureWidths();
        var chart = browser.BoundingBox("figure.chart svg");
        browser.Screenshot($"feedback-T1-{width}px-top");
        browser.ScrollTo("figure.chart");
        browser.Screenshot($"feedback-T1-{width}px-chart");

        widths.Overflows.Should().BeFalse($"the page is {widths.ScrollWidth} px wide in a {widths.ClientWidth} px viewport");
        chart.Width.Should().BeGreaterThan(100).And.BeLessThanOrEqualTo(widths.ClientWidth);
        chart.CentreX.Should().BeApproximately(widths.ClientWidth / 2.0, 8, "the radar chart is centred in the viewport");
    }

    [Fact]
    public async Task HtmlReport_ShowsTheValidationNoticeOnce()
    {
        using var temp = new TempFolder();
        var path = temp.File("t1.html");
        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", "html", "--out", path);
        run.ExitCode.Should().Be(0, run.Error);

        var html = File.ReadAllText(path);
        System.Text.RegularExpressions.Regex.Count(html, "not yet been validated").Should().Be(1, "the banner states the validation status once");
    }
}
