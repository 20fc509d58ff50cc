using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Markdown;

/// <summary>Writes Markdown headings, paragraphs and pipe tables, with <c>\n</c> line ends. Cells passed to <see cref="Table"/> are written as given: escape them first.</summary>
internal sealed class MarkdownLayout(TextWriter writer)
{
    public void Line(string text = "")
    {
        writer.Write(text);
        writer.Write('\n');
    }

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption)
    {
        if (caption is not null)
        {
            Line("**" + MarkdownText.Escape(caption) + "**");
            Line();
        }

        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }
    }

    public void Section(ReportSectionContent section)
    {
        Line("## " + MarkdownText.Escape(section.Title));
        foreach (var paragraph in section.Paragraphs)
        {
            Line();
            Line(MarkdownText.Escape(paragraph));
        }

        foreach (var table in section.Tables)
        {
            Line();
            Table(
                table.Columns.Select(MarkdownText.Escape).ToList(),
                table.Rows.Select(r => (IReadOnlyList<string>)r.Select(MarkdownText.Escape).ToList()),
                table.Caption);
        }
    }
}
