using ScottPlot;

namespace LeadershipModel.Reporting.Charts;

/// <summary>Chooses the chart's default font once per process: a sans-serif family that is actually installed.</summary>
/// <remarks>
/// ScottPlot's own <see cref="Fonts.Sans"/> can name a serif family on a Linux machine without its preferred fonts,
/// and Skia substitutes a missing family silently, so a family counts as installed only when Skia returns a
/// typeface of that very name.
/// </remarks>
internal static class ChartFonts
{
    private static readonly string[] Candidates = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI", "Noto Sans"];
    private static readonly Lazy<string> Sans = new(Choose, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string DefaultSans => Sans.Value;

    // The typeface is not disposed: ScottPlot caches and reuses the typefaces it returns.
    private static string Choose()
    {
        foreach (var name in Candidates)
        {
            var typeface = Fonts.GetTypeface(name, bold: false, italic: false);
            if (string.Equals(typeface?.FamilyName, name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return Fonts.Sans;
    }
}
