using System.Globalization;
using LeadershipModel.Feedback;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Feedback;

/// <summary>
/// The 360 section of a person's report: the published rater groups with their means, and the self–other gap per
/// dimension pole with its agreement category. Only what <see cref="FeedbackAggregator"/> publishes is shown, so
/// the anonymity rules hold in every format.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FeedbackSection : IReportSection
{
    private readonly Dictionary<string, FeedbackReport> _reports;

    /// <summary>Initializes a new section from the 360 reports of the people in a report.</summary>
    /// <param name="reports">One report per target; a profile whose target has none gets no section.</param>
    public FeedbackSection(IEnumerable<FeedbackReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        _reports = reports.ToDictionary(r => r.TargetId, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public ReportSectionContent? Build(ReportSectionContext context)
    {
        if (!_reports.TryGetValue(context.Profile.TargetId, out var report) || report.Groups.All(g => g.Kind == FeedbackGroupKind.Self))
        {
            return null;
        }

        var culture = context.Options.Culture;
        var format = "F" + context.Options.Decimals.ToString(CultureInfo.InvariantCulture);
        string Number(double? value) => value is { } v ? v.ToString(format, culture) : "–";

        var others = report.RaterCount - (report.GetGroup(FeedbackGroupKind.Self)?.RaterCount ?? 0);
        var paragraphs = new List<string>
        {
            $"{others} rater{(others == 1 ? "" : "s")} besides the person. Peers, direct reports and others are shown only in groups of at least {report.AnonymityThreshold}.",
        };
        if (report.MergedRaterCount > 0)
        {
            paragraphs.Add($"{report.MergedRaterCount} rater{(report.MergedRaterCount == 1 ? " was" : "s were")} merged into \"other raters (combined)\" to keep them anonymous.");
        }

        if (report.WithheldRaterCount > 0)
        {
            paragraphs.Add($"{report.WithheldRaterCount} rater{(report.WithheldRaterCount == 1 ? " is" : "s are")} left out of every figure: too few to stay anonymous even when combined.");
        }

        var groups = ReportTable.Create(
            ["group", "n", "management", "leadership", "orientation", "integration"],
            report.Groups.Select(g => new[]
            {
                GroupName(g.Kind), g.RaterCount.ToString(culture),
                Number(g.Get(IndexIds.Management)?.Mean), Number(g.Get(IndexIds.Leadership)?.Mean),
                Number(g.Get(IndexIds.Orientation)?.Mean), Number(g.Get(IndexIds.Integration)?.Mean),
            }),
            "Rater groups: mean overall indices");

        var gaps = new List<string?[]>();
        foreach (var dimension in context.Dimensions)
        {
            foreach (var (pole, label) in new[] { (IndexIds.Management, "M"), (IndexIds.Leadership, "L") })
            {
                if (report.Gaps.FirstOrDefault(g => g.IndexId == IndexIds.ForDimension(dimension.Id, pole)) is { } gap)
                {
                    gaps.Add([dimension.Name, label, Number(gap.Self), $"{Number(gap.Others)} (n={gap.OthersCount})", Signed(gap.Gap, format, culture), Agreement(gap.Agreement)]);
                }
            }
        }

        var tables = new List<ReportTable> { groups };
        if (gaps.Count > 0)
        {
            var margin = report.AgreementMargin.ToString(format, culture);
            tables.Add(ReportTable.Create(["dimension", "pole", "self", "others", "gap", "agreement"], gaps,
                $"Self–other gaps: self minus the mean of the other raters shown; agreement within ±{margin}"));
        }

        return new ReportSectionContent { Title = "360 feedback", Paragraphs = [.. paragraphs], Tables = [.. tables] };
    }

    /// <summary>Gets the display name of a group.</summary>
    /// <param name="kind">The group kind.</param>
    /// <returns>The name, such as "direct reports" or "other raters (combined)".</returns>
    public static string GroupName(FeedbackGroupKind kind) => kind switch
    {
        FeedbackGroupKind.Self => "self",
        FeedbackGroupKind.Manager => "manager",
        FeedbackGroupKind.Peer => "peers",
        FeedbackGroupKind.DirectReport => "direct reports",
        FeedbackGroupKind.Other => "others",
        FeedbackGroupKind.CombinedOthers => "other raters (combined)",
        _ => "all raters but self",
    };

    private static string Agreement(SelfOtherAgreement agreement) => agreement switch
    {
        SelfOtherAgreement.OverEstimator => "over-estimates",
        SelfOtherAgreement.UnderEstimator => "under-estimates",
        SelfOtherAgreement.InAgreementHigh => "agrees, high",
        _ => "agrees, low",
    };

    private static string Signed(double value, string format, CultureInfo culture) => (value > 0 ? "+" : "") + value.ToString(format, culture);
}
