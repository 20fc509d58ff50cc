using System.Globalization;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Text;
using LeadershipModel.Reporting;
using LeadershipModel.Scoring;

namespace LeadershipModel.Interactive.Html;

/// <summary>Formats a profile as the HTML report's fragment, radar chart inline, with ids unique within the notebook page.</summary>
internal static class ProfileHtml
{
    private static long s_count;

    public static void Write(LeadershipProfile profile, DimensionSet dimensions, LeadershipModelFormatterOptions options, TextWriter writer)
    {
        // Every output of a notebook lands in one page: number the fragments so that their ids never collide.
        var n = Interlocked.Increment(ref s_count).ToString(CultureInfo.InvariantCulture);
        writer.Write(HtmlReport.RenderFragment(profile, dimensions, options.Report, "leadership-model-" + n + "-"));
    }

    public static void WritePlain(LeadershipProfile profile, DimensionSet dimensions, LeadershipModelFormatterOptions options, TextWriter writer)
        => TextReport.Write(writer, profile, dimensions, options.Report);
}
