using System.Globalization;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting;

namespace LeadershipModel.Interactive.Html;

/// <summary>Writes encoded HTML: every text and attribute value goes through <see cref="Encode"/>.</summary>
internal sealed class HtmlWriter(TextWriter writer, int decimals)
{
    /// <summary>The text of a figure that could not be computed.</summary>
    public const string Missing = "—";

    /// <summary>The class of the element that wraps a table output; <see cref="Style"/> applies inside it only.</summary>
    public const string TablesClass = "leadership-model-tables";

    /// <summary>A small style sheet scoped to <see cref="TablesClass"/>: borders, captions, numbers aligned right.</summary>
    public const string Style = "<style>\n"
        + ".leadership-model-tables table { border-collapse: collapse; margin: 0.4rem 0 0.8rem; font-size: 0.9rem; }\n"
        + ".leadership-model-tables caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }\n"
        + ".leadership-model-tables th, .leadership-model-tables td { border: 1px solid #d0d7de; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }\n"
        + ".leadership-model-tables th { background: #f3f5f7; }\n"
        + ".leadership-model-tables td.num { text-align: right; font-variant-numeric: tabular-nums; }\n"
        + "</style>\n";

    public static string Encode(string? text) => HtmlText.Encode(text);

    public void Raw(string html) => writer.Write(html);

    public void Text(string? text) => writer.Write(Encode(text));

    public string Number(double? value) => value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Missing;

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public void OpenTable(string cssClass, string? caption, params string[] columns)
    {
        writer.Write("<table class=\"" + Encode(cssClass) + "\">");
        if (caption is not null)
        {
            writer.Write("<caption>" + Encode(caption) + "</caption>");
        }

        writer.Write("<thead><tr>");
        foreach (var column in columns)
        {
            writer.Write("<th>" + Encode(column) + "</th>");
        }

        writer.Write("</tr></thead><tbody>\n");
    }

    public void Row(params string?[] cells)
    {
        writer.Write("<tr>");
        foreach (var cell in cells)
        {
            writer.Write((IsNumber(cell) ? "<td class=\"num\">" : "<td>") + Encode(cell) + "</td>");
        }

        writer.Write("</tr>\n");
    }

    /// <summary>Opens the element that wraps a table output, with its style sheet.</summary>
    public void OpenOutput(string cssClass) => writer.Write("<div class=\"" + TablesClass + " " + Encode(cssClass) + "\">\n" + Style);

    public void CloseOutput() => writer.Write("</div>");

    private static bool IsNumber(string? cell) => cell == Missing || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    public void CloseTable() => writer.Write("</tbody></table>\n");
}
