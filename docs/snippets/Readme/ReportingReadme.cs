using LeadershipModel.Instruments;
using LeadershipModel.Reporting;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Markdown;
using LeadershipModel.Reporting.Text;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Snippets.Readme;

/// <summary>The C# block of src/LeadershipModel.Reporting/README.md.</summary>
public static class ReportingReadme
{
    public static void Reports(ScoringEngine engine, ResponseSet responses, Instrument instrument)
    {
        #region reports
        var result = engine.Score(responses);            // a ScoringEngine built with your instrument
        var profile = result.Profile!;
        var dimensions = instrument.Dimensions;

        Console.Write(TextReport.Render(profile, dimensions, new ReportOptions { AsciiOnly = true }));
        File.WriteAllText("report.md", MarkdownReport.Render(profile, dimensions));
        File.WriteAllText("report.html", HtmlReport.Render(profile, dimensions, new ReportOptions { Title = "Team report" }));
        File.WriteAllBytes("radar.png", RadarChart.ToPng(profile, dimensions, new RadarChartOptions { Width = 900, Height = 800 }));
        #endregion
    }
}
