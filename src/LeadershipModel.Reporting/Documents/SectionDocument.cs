using System.Globalization;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Markdown;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Reporting.Text;

namespace LeadershipModel.Reporting.Documents;

/// <summary>
/// Renders a titled list of format-neutral sections (<see cref="ReportSectionContent"/>) as text, Markdown or HTML:
/// the one seam through which the change and unit reports reach every format. A paginated writer (PDF) takes the
/// same title and sections.
/// </summary>
/// <remarks>
/// <para>Every string is escaped for its format. HTML is self-contained (inline style, no script, a
/// Content-Security-Policy that forbids every external resource). Lines end with <c>\n</c>; the same input gives the
/// same text.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class SectionDocument
{
    /// <summary>Writes a document.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">The document title.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <param name="format">The format.</param>
    public static void Write(TextWriter writer, string title, IEnumerable<ReportSectionContent> sections, DocumentFormat format)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(title);
        var list = Preconditions.NotNull(sections).ToList();
        switch (format)
        {
            case DocumentFormat.Html:
                WriteHtml(writer, title, list);
                break;
            case DocumentFormat.Markdown:
                var md = new MarkdownLayout(writer);
                md.Line("# " + MarkdownText.Escape(title));
                foreach (var s in list)
                {
                    md.Line();
                    md.Section(s);
                }

                break;
            default:
                var text = new TextLayout(writer);
                text.Underlined(PlainText.Clean(title), '=');
                foreach (var s in list)
                {
                    text.Line();
                    text.Section(s);
                }

                break;
        }
    }

    /// <summary>Renders a document to a string.</summary>
    /// <param name="title">The document title.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <param name="format">The format.</param>
    /// <returns>The document.</returns>
    public static string Render(string title, IEnumerable<ReportSectionContent> sections, DocumentFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, title, sections, format);
        return writer.ToString();
    }

    private static void WriteHtml(TextWriter writer, string title, List<ReportSectionContent> sections)
    {
        var html = new HtmlLayout(writer);
        html.Open(title);
        foreach (var s in sections)
        {
            html.Line("<section>");
            html.Section(s);
            html.Line("</section>");
        }

        html.Line("</body>");
        html.Line("</html>");
    }
}
