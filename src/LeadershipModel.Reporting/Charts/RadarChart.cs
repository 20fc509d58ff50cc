using LeadershipModel.Feedback;
using LeadershipModel.Internal;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Scoring;
using ScottPlot;

namespace LeadershipModel.Reporting.Charts;

/// <summary>
/// Draws a profile's dimensions as a radar chart, rendered headless with ScottPlot: one spoke per dimension,
/// labelled with the dimension's name, and two series, management strength M and leadership strength L, on a
/// scale from 0 at the centre to 1 at the rim.
/// </summary>
/// <remarks>
/// <para>Only measured values are drawn. A profile measured only by bipolar items has no M or L: its chart has
/// one series, the orientation mapped from [−1, 1] to [0, 1] (0.5 is balanced). Where some dimensions have
/// strengths and others only an orientation, the chart shows M and L for the former and leaves the latter out.
/// A profile with no dimension score gets a chart that says so.</para>
/// <para>Output is deterministic: the same profile, dimensions and options give the same bytes and the same SVG
/// text (element ids are renumbered from 1). Every label is escaped in the SVG.</para>
/// <para>This type is stateless and thread-safe: every call builds its own plot.</para>
/// </remarks>
public static class RadarChart
{
    private static readonly Color ManagementColor = Color.FromHex("#1F5F99");
    private static readonly Color LeadershipColor = Color.FromHex("#D9730D");
    private static readonly Color OrientationColor = Color.FromHex("#4B7F52");
    private const double LabelPadding = 0.16;
    private static readonly double[] CirclePositions = [0.25, 0.5, 0.75, 1.0];
    private static readonly string[] CircleLabels = ["0.25", "0.5", "0.75", "1"];

    /// <summary>Renders the chart as a PNG image.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="RadarChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The PNG bytes, of <see cref="RadarChartOptions.Width"/> × <see cref="RadarChartOptions.Height"/> pixels.</returns>
    public static byte[] ToPng(LeadershipProfile profile, DimensionSet dimensions, RadarChartOptions? options = null)
    {
        options ??= RadarChartOptions.Default;
        var plot = CreatePlot(Preconditions.NotNull(profile), Preconditions.NotNull(dimensions), options);
        return plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png);
    }

    /// <summary>Renders the chart as an SVG document.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="dimensions">The dimensions that name the profile's dimension ids (an id the set lacks is shown as is).</param>
    /// <param name="options">The options; <see cref="RadarChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The SVG document, with its element ids numbered <c>radar-1</c>, <c>radar-2</c>, … in order.</returns>
    public static string ToSvg(LeadershipProfile profile, DimensionSet dimensions, RadarChartOptions? options = null)
        => ToSvg(profile, dimensions, options, "radar-");

    internal static string ToSvg(LeadershipProfile profile, DimensionSet dimensions, RadarChartOptions? options, string idPrefix)
    {
        options ??= RadarChartOptions.Default;
        var plot = CreatePlot(Preconditions.NotNull(profile), Preconditions.NotNull(dimensions), options);
        return SvgIds.Renumber(plot.GetSvgXml(options.Width, options.Height), idPrefix);
    }

    private static Plot CreatePlot(LeadershipProfile profile, DimensionSet dimensions, RadarChartOptions options)
    {
        var font = options.FontName ?? ChartFonts.DefaultSans;
        var data = RadarChartData.Of(profile, dimensions, options.LabelLineLength);
        var plot = new Plot();
        plot.HideGrid();
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        if (data.Series.Count == 0)
        {
            var text = plot.Add.Text("No dimension scores to chart.", 0, 0);
            text.LabelFontName = font;
            text.LabelFontSize = options.FontSize + 2;
            text.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimits(-1, 1, -1, 1);
            SetTitle(plot, options, font);
            return plot;
        }

        var radar = plot.Add.Radar();
        foreach (var (kind, values) in data.Series)
        {
            var (legend, color) = kind switch
            {
                RadarSeriesKind.Management => (options.ManagementLabel, ManagementColor),
                RadarSeriesKind.Leadership => (options.LeadershipLabel, LeadershipColor),
                _ => (options.OrientationLabel, OrientationColor),
            };
            radar.Series.Add(new RadarSeries
            {
                Values = values,
                LegendText = PlainText.Clean(legend),
                FillColor = color.WithAlpha(0.22),
                LineColor = color,
                LineWidth = 2,
            });
        }

        Finish(plot, radar, [.. data.Labels], options, font);
        return plot;
    }

    /// <summary>Renders a person's feedback as a radar chart: all others' M and L filled, the self-rating's M and L as lines over them.</summary>
    /// <param name="feedback">The person's feedback.</param>
    /// <param name="dimensions">The dimensions, for their names.</param>
    /// <param name="options">The options; <see cref="RadarChartOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The PNG bytes.</returns>
    public static byte[] FeedbackToPng(TargetFeedback feedback, DimensionSet dimensions, RadarChartOptions? options = null)
    {
        options ??= RadarChartOptions.Default;
        return CreateFeedbackPlot(Preconditions.NotNull(feedback), Preconditions.NotNull(dimensions), options).GetImageBytes(options.Width, options.Height, ImageFormat.Png);
    }

    internal static string FeedbackToSvg(TargetFeedback feedback, DimensionSet dimensions, RadarChartOptions options, string idPrefix)
        => SvgIds.Renumber(CreateFeedbackPlot(feedback, dimensions, options).GetSvgXml(options.Width, options.Height), idPrefix);

    internal static string FeedbackCaption(TargetFeedback feedback)
    {
        var others = feedback.Report.GetGroup(FeedbackGroupKind.AllOthers) ?? feedback.Report.Groups.FirstOrDefault(g => g.Kind != FeedbackGroupKind.Self);
        return others is null
            ? "Your self-rating: management (blue) and leadership (orange) strength per dimension, 0 at the centre to 1 at the rim."
            : $"Filled: {FeedbackContent.GroupLabel(others.Kind)} ({others.RaterCount} people); lines: your self-rating. Management in blue, leadership in orange, 0 at the centre to 1 at the rim.";
    }

    private static Plot CreateFeedbackPlot(TargetFeedback feedback, DimensionSet dimensions, RadarChartOptions options)
    {
        var font = options.FontName ?? ChartFonts.DefaultSans;
        var report = feedback.Report;
        var others = report.GetGroup(FeedbackGroupKind.AllOthers) ?? report.Groups.FirstOrDefault(g => g.Kind != FeedbackGroupKind.Self);
        var self = report.GetGroup(FeedbackGroupKind.Self);
        var shown = dimensions.Where(d => Has(others, d) || Has(self, d)).ToList();
        var plot = new Plot();
        plot.HideGrid();
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        if (shown.Count < 3)
        {
            var text = plot.Add.Text("Too few dimension scores to chart.", 0, 0);
            text.LabelFontName = font;
            text.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimits(-1, 1, -1, 1);
            return plot;
        }

        var radar = plot.Add.Radar();
        void Add(FeedbackGroup? group, string pole, string legend, Color color, bool filled)
        {
            if (group is null)
            {
                return;
            }

            radar.Series.Add(new RadarSeries
            {
                Values = shown.Select(d => group.Get(IndexIds.ForDimension(d.Id, pole))?.Mean ?? 0).ToArray(),
                LegendText = PlainText.Clean(legend),
                FillColor = filled ? color.WithAlpha(0.22) : Colors.Transparent,
                LineColor = filled ? color : color.Darken(0.35),
                LineWidth = filled ? 2 : 2.5f,
            });
        }

        Add(others, IndexIds.Management, "others: " + options.ManagementLabel, ManagementColor, true);
        Add(others, IndexIds.Leadership, "others: " + options.LeadershipLabel, LeadershipColor, true);
        Add(self, IndexIds.Management, "self: " + options.ManagementLabel, ManagementColor, false);
        Add(self, IndexIds.Leadership, "self: " + options.LeadershipLabel, LeadershipColor, false);
        Finish(plot, radar, [.. shown.Select(d => RadarChartData.Wrap(d.Name, options.LabelLineLength))], options, font);
        return plot;
    }

    /// <summary>Labels the spokes and circles, shows the legend and sets the title: the same for every radar chart.</summary>
    private static void Finish(Plot plot, ScottPlot.Plottables.Radar radar, string[] labels, RadarChartOptions options, string font)
    {
        radar.PolarAxis.SetSpokes(labels, 1.0);
        foreach (var spoke in radar.PolarAxis.Spokes)
        {
            spoke.LabelStyle.FontName = font;
            spoke.LabelStyle.FontSize = options.FontSize;
            spoke.LabelPaddingFraction = LabelPadding;
        }

        radar.PolarAxis.SetCircles(CirclePositions, CircleLabels);
        foreach (var circle in radar.PolarAxis.Circles)
        {
            circle.LabelStyle.FontName = font;
            circle.LabelStyle.FontSize = options.FontSize - 2;
            circle.LabelStyle.ForeColor = Colors.Gray;
        }

        plot.Legend.FontName = font;
        plot.Legend.FontSize = options.FontSize;
        // Below the chart, not over it: inside the plot the legend covered the label of a lower-right spoke.
        plot.ShowLegend(Edge.Bottom);
        SetTitle(plot, options, font);
    }

    private static bool Has(FeedbackGroup? group, Dimension d)
        => group?.Get(IndexIds.ForDimension(d.Id, IndexIds.Management))?.Mean is not null && group.Get(IndexIds.ForDimension(d.Id, IndexIds.Leadership))?.Mean is not null;

    // ScottPlot drops a title set before a radar is added, so the title comes last.
    private static void SetTitle(Plot plot, RadarChartOptions options, string font)
    {
        if (options.Title is { } title)
        {
            plot.Title(PlainText.Clean(title));
            plot.Axes.Title.Label.FontName = font;
        }
    }
}
