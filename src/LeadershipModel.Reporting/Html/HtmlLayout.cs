using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Html;

/// <summary>Writes HTML lines and the format-neutral sections as headings, paragraphs and tables, encoding every text.</summary>
internal sealed class HtmlLayout(TextWriter writer)
{
    public void Line(string html)
    {
        writer.Write(html);
        writer.Write('\n');
    }

    /// <summary>
    /// Opens a self-contained document: the content security policy that forbids scripts and external resources,
    /// the shared style sheet plus any extra rules, and the title as the first heading.
    /// </summary>
    public void Open(string title, params string[] extraCss)
    {
        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line("<title>" + HtmlText.Encode(title) + "</title>");
        Line("<style>");
        Line(HtmlStyles.Css);
        foreach (var rule in extraCss)
        {
            Line(rule);
        }

        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line("<h1>" + HtmlText.Encode(title) + "</h1>");
    }

    public void Section(ReportSectionContent section)
    {
        Line("<h3>" + HtmlText.Encode(section.Title) + "</h3>");
        foreach (var paragraph in section.Paragraphs)
        {
            Line("<p>" + HtmlText.Encode(paragraph) + "</p>");
        }

        foreach (var table in section.Tables)
        {
            Line("<table>");
            if (table.Caption is { } caption)
            {
                Line("<caption>" + HtmlText.Encode(caption) + "</caption>");
            }

            Line("<thead><tr>" + string.Concat(table.Columns.Select(c => "<th>" + HtmlText.Encode(c) + "</th>")) + "</tr></thead>");
            Line("<tbody>");
            foreach (var row in table.Rows)
            {
                Line("<tr>" + string.Concat(row.Select(c => "<td>" + HtmlText.Encode(c) + "</td>")) + "</tr>");
            }

            Line("</tbody>");
            Line("</table>");
        }
    }
}
