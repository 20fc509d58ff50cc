using System.Text;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Text;

/// <summary>Writes the plain-text layout: titles underlined, tables in aligned columns, <c>\n</c> line ends.</summary>
internal sealed class TextLayout(TextWriter writer)
{
    public void Line(string text = "")
    {
        writer.Write(text.TrimEnd());
        writer.Write('\n');
    }

    public void Underlined(string title, char rule)
    {
        var clean = Internal.PlainText.Clean(title);
        Line(clean);
        Line(new string(rule, Math.Max(clean.Length, 3)));
    }

    public void Section(ReportSectionContent section)
    {
        Underlined(section.Title, '-');
        foreach (var paragraph in section.Paragraphs)
        {
            Line(Internal.PlainText.Clean(paragraph));
        }

        var first = section.Paragraphs.Count == 0;
        foreach (var table in section.Tables)
        {
            if (!first)
            {
                Line();
            }

            Table(table);
            first = false;
        }
    }

    private void Table(ReportTable table)
    {
        if (table.Caption is { } caption)
        {
            Line(Internal.PlainText.Clean(caption) + ":");
        }

        var header = table.Columns.Select(Internal.PlainText.Clean).ToArray();
        var rows = table.Rows.Select(r => r.Select(Internal.PlainText.Clean).ToArray()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        Row(header, widths);
        Row(widths.Select(w => new string('-', Math.Max(w, 1))).ToArray(), widths);
        foreach (var row in rows)
        {
            Row(row, widths);
        }
    }

    private void Row(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                builder.Append("  ");
            }

            builder.Append(cells[i].PadRight(widths[i]));
        }

        Line(builder.ToString());
    }
}
