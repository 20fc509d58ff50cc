using System.Globalization;
using System.Net;

namespace LeadershipModel.Interactive.Html;

/// <summary>Writes encoded HTML: every text and attribute value goes through <see cref="Encode"/>.</summary>
internal sealed class HtmlWriter(TextWriter writer, int decimals)
{
    /// <summary>The text of a figure that could not be computed.</summary>
    public const string Missing = "—";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

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
            writer.Write("<td>" + Encode(cell) + "</td>");
        }

        writer.Write("</tr>\n");
    }

    public void CloseTable() => writer.Write("</tbody></table>\n");
}
