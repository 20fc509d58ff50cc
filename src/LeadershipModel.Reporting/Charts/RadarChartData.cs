using LeadershipModel.Reporting.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Charts;

/// <summary>
/// What a radar chart of one profile draws: one spoke per charted dimension and one value per spoke and series.
/// Only measured values are drawn, never a made-up one.
/// </summary>
/// <remarks>
/// When any dimension has both strengths, the chart has two series, M and L, over those dimensions; a dimension
/// measured only by bipolar items is then left out (it has no M or L). When no dimension has strengths, the chart
/// has one series, the orientation mapped from [−1, 1] to [0, 1], over the dimensions that have one.
/// </remarks>
internal sealed record RadarChartData
{
    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<(RadarSeriesKind Kind, double[] Values)> Series { get; init; }

    /// <summary>Gets the names of the dimensions that had a score but could not be charted with the others.</summary>
    public required IReadOnlyList<string> LeftOut { get; init; }

    public static RadarChartData Of(LeadershipProfile profile, DimensionSet dimensions, int labelLineLength)
    {
        var views = DimensionView.Of(profile, dimensions);
        var withStrengths = views.Where(v => v.Position.HasStrengths).ToList();
        if (withStrengths.Count > 0)
        {
            return new RadarChartData
            {
                Labels = withStrengths.Select(v => Wrap(v.Name, labelLineLength)).ToList(),
                Series =
                [
                    (RadarSeriesKind.Management, withStrengths.Select(v => v.Position.Management!.Value).ToArray()),
                    (RadarSeriesKind.Leadership, withStrengths.Select(v => v.Position.Leadership!.Value).ToArray()),
                ],
                LeftOut = views.Where(v => !v.Position.HasStrengths && v.Position.Orientation.HasValue).Select(v => v.Name).ToList(),
            };
        }

        var withOrientation = views.Where(v => v.Position.Orientation.HasValue).ToList();
        return new RadarChartData
        {
            Labels = withOrientation.Select(v => Wrap(v.Name, labelLineLength)).ToList(),
            Series = withOrientation.Count == 0
                ? []
                : [(RadarSeriesKind.Orientation, withOrientation.Select(v => (v.Position.Orientation!.Value + 1) / 2).ToArray())],
            LeftOut = [],
        };
    }

    /// <summary>Wraps a label at spaces so that no line is longer than <paramref name="lineLength"/> where a space allows.</summary>
    internal static string Wrap(string label, int lineLength)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > lineLength)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }
}
