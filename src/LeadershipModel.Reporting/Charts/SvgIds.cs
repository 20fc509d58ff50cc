using System.Globalization;
using System.Text.RegularExpressions;
using LeadershipModel.Reporting.Html;

namespace LeadershipModel.Reporting.Charts;

/// <summary>
/// Makes the element ids of an SVG deterministic and unique within a document: Skia numbers clip paths from a
/// counter that lives as long as the process (<c>cl_4</c>, then <c>cl_7</c> for the same chart), so the same chart
/// would otherwise differ from one rendering to the next, and two charts inlined in one HTML page could collide.
/// </summary>
internal static partial class SvgIds
{
    /// <summary>Renames every id to <paramref name="prefix"/> followed by its order of first appearance, and every reference to it.</summary>
    public static string Renumber(string svg, string prefix)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdAttribute().Matches(svg))
        {
            var id = m.Groups["id"].Value;
            if (!map.ContainsKey(id))
            {
                map[id] = prefix + (map.Count + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        if (map.Count == 0)
        {
            return svg;
        }

        return Reference().Replace(svg, m => map.TryGetValue(m.Groups["id"].Value, out var renamed)
            ? m.Groups["before"].Value + renamed + m.Groups["after"].Value
            : m.Value);
    }

    /// <summary>
    /// Prepares an SVG document for inlining in HTML: removes the XML declaration and the namespace declarations
    /// (HTML needs neither), and adds a view box so that the chart scales with the page, and the chart's text
    /// alternative (its caption) as the image's accessible name.
    /// </summary>
    public static string ForInlineHtml(string svg, int width, int height, string label)
    {
        var text = XmlDeclaration().Replace(svg, string.Empty);
        text = NamespaceDeclaration().Replace(text, string.Empty).Trim();
        var viewBox = string.Create(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"{HtmlText.Encode(label)}\" viewBox=\"0 0 {width} {height}\"");
        return text.StartsWith("<svg", StringComparison.Ordinal) ? viewBox + text["<svg".Length..] : text;
    }

    [GeneratedRegex(@"\bid=""(?<id>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"(?<before>\bid=""|url\(#|href=""#)(?<id>[^"")]+)(?<after>["")])", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>\s*", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceDeclaration();
}
