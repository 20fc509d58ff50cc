namespace LeadershipModel.Reporting.Html;

/// <summary>The inline style sheet of the HTML report: no external font, image or script.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d232a; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.8rem; margin-bottom: 0.5rem; }
        h2 { font-size: 1.45rem; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2.5rem; }
        h3 { font-size: 1.15rem; margin-top: 1.6rem; }
        nav ol { padding-left: 1.4rem; }
        table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.55rem; vertical-align: top; text-align: left; }
        th { background: #f3f5f7; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.15rem 1rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        .bar { position: relative; display: inline-block; width: 9rem; height: 0.7rem; background: linear-gradient(90deg, #1f5f99 0%, #e8edf2 50%, #d9730d 100%); border-radius: 0.35rem; vertical-align: middle; margin-right: 0.4rem; }
        .bar .centre { position: absolute; left: 50%; top: -0.15rem; width: 1px; height: 1rem; background: #1d232a; }
        .bar .mark { position: absolute; top: -0.2rem; width: 0.7rem; height: 0.7rem; margin-left: -0.45rem; border-radius: 50%; background: #fff; border: 0.15rem solid #1d232a; }
        .mark-label { display: inline-block; font-size: 0.75rem; padding: 0 0.35rem; border-radius: 0.6rem; background: #fff1c2; border: 1px solid #e3c35a; margin-right: 0.2rem; }
        .chart svg { max-width: 100%; height: auto; }
        .note { color: #57606a; font-size: 0.88rem; }
        section.profile { page-break-before: always; }
        """;

    /// <summary>
    /// Gets the style sheet with every rule scoped to the elements inside <paramref name="scope"/> (a CSS selector),
    /// for a fragment embedded in someone else's page; the <c>body</c> rule applies to the scope element itself.
    /// </summary>
    public static string Scoped(string scope)
    {
        var lines = Css.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('\n', lines.Select(line =>
        {
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var selectors = line[..brace].Split(',', StringSplitOptions.TrimEntries)
                .Select(s => s == "body" ? scope : scope + " " + s);
            return string.Join(", ", selectors) + " " + line[brace..];
        }));
    }
}
