using System.Globalization;
using LeadershipModel.Consent;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using ScottPlot;

namespace LeadershipModel.Reporting.Charts;

/// <summary>
/// Draws a consent simulation over time, rendered headless with ScottPlot, as two charts that share the step axis
/// and the event marks: the share of followers who consent and the mean influence; and the outcome mix, stacked
/// (commitment, compliance, resistance, no influence).
/// </summary>
/// <remarks>
/// <para>Marked steps: the role granted or revoked; a withdrawal of at least a quarter of the followers (and at
/// least two); the first step of each run of rewards (the carrot) and of sanctions (the stick).</para>
/// <para>Output is deterministic: the same simulation gives the same SVG text (element ids renumbered).
/// This type is stateless and thread-safe: every call builds its own plot.</para>
/// </remarks>
public static class ConsentChart
{
    private static readonly Color ConsentColor = Color.FromHex("#1F5F99");
    private static readonly Color InfluenceColor = Color.FromHex("#D9730D");
    private static readonly Color CommitmentColor = Color.FromHex("#2E8B57");
    private static readonly Color ComplianceColor = Color.FromHex("#E3B505");
    private static readonly Color ResistanceColor = Color.FromHex("#C0392B");
    private static readonly Color NoneColor = Color.FromHex("#D5D9DE");
    private static readonly Color MarkColor = Color.FromHex("#57606A");

    /// <summary>Renders the consent-and-influence chart as an SVG document.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <returns>The SVG document, element ids numbered <c>consent-1</c>, <c>consent-2</c>, ….</returns>
    public static string InfluenceToSvg(ConsentSimulation simulation, int width = 900, int height = 340)
        => SvgIds.Renumber(InfluencePlot(Preconditions.NotNull(simulation)).GetSvgXml(width, height), "consent-");

    /// <summary>Renders the outcome-mix chart as an SVG document.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <returns>The SVG document, element ids numbered <c>outcome-1</c>, <c>outcome-2</c>, ….</returns>
    public static string OutcomeToSvg(ConsentSimulation simulation, int width = 900, int height = 340)
        => SvgIds.Renumber(OutcomePlot(Preconditions.NotNull(simulation)).GetSvgXml(width, height), "outcome-");

    /// <summary>The steps worth marking, in step order.</summary>
    internal static List<ConsentChartMarker> Markers(ConsentSimulation simulation)
    {
        var markers = new List<ConsentChartMarker>();
        var n = simulation.FollowerCount;
        var threshold = Math.Max(2, (int)Math.Ceiling(n / 4.0));
        bool rewardsBefore = false, sanctionsBefore = false;
        foreach (var step in simulation.Steps)
        {
            var events = step.Followers.SelectMany(f => f.Events).Distinct().ToList();
            var labels = new List<string>();
            if (events.Any(e => e.Kind == ConsentEventKind.RoleGranted))
            {
                labels.Add("role granted");
            }

            if (events.Any(e => e.Kind == ConsentEventKind.RoleRevoked))
            {
                labels.Add("role revoked");
            }

            var withdrawals = events.Count(e => e.Kind == ConsentEventKind.ConsentWithdrawn);
            if (withdrawals >= threshold)
            {
                labels.Add(string.Create(CultureInfo.InvariantCulture, $"{withdrawals} of {n} withdraw"));
            }

            var rewards = events.Any(e => e.Kind == ConsentEventKind.RewardOffered);
            var sanctions = events.Any(e => e.Kind == ConsentEventKind.SanctionThreatened);
            if (rewards && !rewardsBefore)
            {
                labels.Add("carrot (reward)");
            }

            if (sanctions && !sanctionsBefore)
            {
                labels.Add("stick (sanction)");
            }

            rewardsBefore = rewards;
            sanctionsBefore = sanctions;
            if (labels.Count > 0)
            {
                markers.Add(new ConsentChartMarker(step.Step, string.Join(", ", labels)));
            }
        }

        return markers;
    }

    private static Plot InfluencePlot(ConsentSimulation simulation)
    {
        var plot = NewPlot(simulation, "Consent and influence");
        var xs = Steps(simulation);
        var consent = plot.Add.ScatterLine(xs, simulation.Steps.Select(s => s.Team.ConsentingShare).ToArray());
        consent.Color = ConsentColor;
        consent.LineWidth = 3;
        consent.LegendText = "share of followers who consent";
        var influence = plot.Add.ScatterLine(xs, simulation.Steps.Select(s => s.Team.Influence).ToArray());
        influence.Color = InfluenceColor;
        influence.LineWidth = 3;
        influence.LegendText = "mean influence (0 to 1)";
        Finish(plot, simulation);
        return plot;
    }

    private static Plot OutcomePlot(ConsentSimulation simulation)
    {
        var plot = NewPlot(simulation, "How followers respond (mean shares)");
        var xs = Steps(simulation);
        var bottom = new double[xs.Length];
        (string Label, Color Color, Func<OutcomeShares, double> Share)[] bands =
        [
            ("commitment", CommitmentColor, o => o.Commitment),
            ("compliance", ComplianceColor, o => o.Compliance),
            ("resistance", ResistanceColor, o => o.Resistance),
            ("no influence", NoneColor, o => o.None),
        ];
        foreach (var (label, color, share) in bands)
        {
            var top = new double[xs.Length];
            for (var i = 0; i < xs.Length; i++)
            {
                top[i] = Math.Min(1, bottom[i] + share(simulation.Steps[i].Team.Outcome));
            }

            var fill = plot.Add.FillY(xs, bottom, top);
            fill.FillColor = color;
            fill.LineColor = color;
            fill.LegendText = label;
            bottom = top;
        }

        Finish(plot, simulation);
        return plot;
    }

    private static Plot NewPlot(ConsentSimulation simulation, string title)
    {
        var font = ChartFonts.DefaultSans;
        var plot = new Plot();
        plot.Font.Set(font);
        plot.Title(PlainText.Clean(title));
        plot.XLabel("step");
        plot.Axes.SetLimits(0, simulation.Steps.Count - 1, 0, 1.12);
        return plot;
    }

    private static void Finish(Plot plot, ConsentSimulation simulation)
    {
        var level = 0;
        foreach (var marker in Markers(simulation))
        {
            var line = plot.Add.VerticalLine(marker.Step);
            line.Color = MarkColor;
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
            var text = plot.Add.Text(PlainText.Clean(marker.Label), marker.Step, level % 2 == 0 ? 1.1 : 1.04);
            text.LabelFontSize = 12;
            text.LabelFontColor = MarkColor;
            text.LabelBold = true;
            text.LabelAlignment = Alignment.UpperLeft;
            text.OffsetX = 3;
            level++;
        }

        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimits(0, simulation.Steps.Count - 1, 0, 1.12);
    }

    private static double[] Steps(ConsentSimulation simulation) => simulation.Steps.Select(s => (double)s.Step).ToArray();
}
