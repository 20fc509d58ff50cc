namespace LeadershipModel.Reporting;

/// <summary>Writes HTML lines and the format-neutral sections as headings, paragraphs and tables, encoding every text.</summary>
internal sealed class HtmlLayout(TextWriter writer)
{
    public void Line(string html)
    {
        writer.Write(html);
        writer.Write('\n');
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
