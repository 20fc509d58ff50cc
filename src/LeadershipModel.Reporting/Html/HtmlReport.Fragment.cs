using System.Globalization;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Scoring;
using LeadershipModel.Internal;

namespace LeadershipModel.Reporting.Html;

public static partial class HtmlReport
{
    /// <summary>The class of the element that wraps a fragment; the fragment's style sheet applies inside it only.</summary>
    internal const string FragmentClass = "leadership-model-report";

    /// <summary>
    /// Renders one profile as an HTML fragment to embed in a page that is not the report's own, such as a notebook
    /// cell's output: the same section as in <see cref="Render"/> (facts, the radar chart as inline SVG, dimensions
    /// and the other sections), wrapped in a <c>div</c> with a style sheet scoped to it, and no document, head or
    /// table of contents.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="ReportOptions.Default"/> when <see langword="null"/>. The title is not shown.</param>
    /// <param name="idPrefix">
    /// The prefix of every element id in the fragment (the section and the chart's clip paths), so that several
    /// fragments on one page do not collide: an ASCII letter followed by letters, digits, <c>-</c> or <c>_</c>.
    /// </param>
    /// <returns>The HTML fragment; every text in it is encoded, as in <see cref="Render"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="idPrefix"/> is not a valid id prefix.</exception>
    public static string RenderFragment(LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options = null, string idPrefix = "leadership-model-")
    {
        Preconditions.NotNull(profile);
        Preconditions.NotNull(dimensions);
        if (!IsIdPrefix(Preconditions.NotNull(idPrefix)))
        {
            throw new ArgumentException("An id prefix is an ASCII letter followed by ASCII letters, digits, '-' or '_'.", nameof(idPrefix));
        }

        options ??= ReportOptions.Default;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var html = new HtmlLayout(writer);
        html.Line("<div class=\"" + FragmentClass + "\">");
        html.Line("<style>");
        html.Line(HtmlStyles.Scoped("." + FragmentClass));
        html.Line("</style>");
        WriteProfile(html, profile, idPrefix + "profile", dimensions, options);
        html.Line("</div>");
        return writer.ToString();
    }

    internal static bool IsIdPrefix(string prefix) => prefix.Length > 0
        && char.IsAsciiLetter(prefix[0])
        && prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
