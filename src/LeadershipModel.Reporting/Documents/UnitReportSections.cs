using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Teams;

namespace LeadershipModel.Reporting.Documents;

/// <summary>
/// The readable team and unit report as format-neutral sections: per unit its mixture of managers, leaders,
/// integrators and disengaged people, the spread of every dimension with coverage of each pole, and the
/// follower-conferred share; then the units withheld and why. Render them with <see cref="SectionDocument"/>.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class UnitReportSections
{
    /// <summary>Builds the sections.</summary>
    /// <param name="report">The unit report.</param>
    /// <param name="dimensions">The dimensions that name the dimension ids.</param>
    /// <param name="options">Culture and decimals; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The sections, in order.</returns>
    public static IReadOnlyList<ReportSectionContent> Build(UnitReport report, DimensionSet dimensions, ReportOptions? options = null)
    {
        Preconditions.NotNull(report);
        Preconditions.NotNull(dimensions);
        options ??= ReportOptions.Default;
        var f = new NumberFormat(options.Culture, options.Decimals);
        var threshold = f.Value(report.HighThreshold);
        var sections = new List<ReportSectionContent>
        {
            new()
            {
                Title = "How to read this report",
                Paragraphs =
                [
                    $"Figures are {(report.Perspective == UnitPerspective.Self ? "each person's self-assessment" : "the mean of each person's published other-rater groups")}. M is the management strength and L the leadership strength, each from 0 to 1; {threshold} or more counts as high.",
                    "Quadrants: a manager is high on M only, a leader high on L only, an integrator high on both, disengaged high on neither. \"We need a mixture of both\": a dimension is covered on a pole when at least one person is high on it.",
                    $"Spread is shown as the first quartile, the median and the third quartile (R's quantile type 7). Units with fewer than {report.MinimumUnitSize} people are withheld, so that a unit's figures never describe one or two individuals.",
                ],
            },
        };

        foreach (var unit in report.Units)
        {
            var q = unit.Quadrants;
            var uncovered = unit.Dimensions.Where(d => !d.CoveredManagement || !d.CoveredLeadership).Select(d => Name(d.DimensionId, dimensions)).ToList();
            var paragraphs = new List<string>
            {
                $"{unit.People} people: {Count(q.Manager, "manager")}, {Count(q.Leader, "leader")}, {Count(q.Integrator, "integrator")}, {q.Disengaged} disengaged{(q.Unclassified > 0 ? $", {q.Unclassified} unclassified" : "")}.",
                uncovered.Count == 0 ? "Every dimension is covered on both poles: someone is high on M and someone on L." : $"Not covered on both poles: {string.Join("; ", uncovered)}.",
                unit.FollowerConferredShare is { } share
                    ? $"Follower-conferred share of authority: quartiles {f.Percent(share.Q1)}, {f.Percent(share.Median)}, {f.Percent(share.Q3)}."
                    : "No follower-conferred share: the instrument measures no power bases.",
            };
            var tables = new List<ReportTable>
            {
                ReportTable.Create(
                    ["Manager", "Leader", "Integrator", "Disengaged"],
                    [[f.Integer(q.Manager), f.Integer(q.Leader), f.Integer(q.Integrator), f.Integer(q.Disengaged)]],
                    "Composition by quadrant"),
                ReportTable.Create(
                    ["Dimension", "M (q1 / median / q3)", "L (q1 / median / q3)", "Someone high on M", "Someone high on L"],
                    unit.Dimensions.Select(d => new string?[] { Name(d.DimensionId, dimensions), Triple(f, d.Management), Triple(f, d.Leadership), d.CoveredManagement ? "yes" : "no", d.CoveredLeadership ? "yes" : "no" }),
                    "Dimensions"),
            };
            if (unit.ProfileTypes.Count > 0)
            {
                tables.Insert(1, ReportTable.Create(["Profile type", "People"], unit.ProfileTypes.Select(t => new string?[] { t.ProfileType, f.Integer(t.People) }), "Profile types"));
            }

            sections.Add(new ReportSectionContent { Title = "Unit: " + unit.Unit, Paragraphs = paragraphs.ToEquatableArray(), Tables = tables.ToEquatableArray() });
        }

        sections.Add(new ReportSectionContent
        {
            Title = "Units withheld",
            Paragraphs = [report.Withheld.Count == 0 ? "None." : $"Units below the minimum size of {report.MinimumUnitSize} people are not shown."],
            Tables = report.Withheld.Count == 0 ? [] : [ReportTable.Create(["Unit", "People", "Reason"], report.Withheld.Select(w => new string?[] { w.Unit, f.Integer(w.People), w.Reason }))],
        });
        return sections;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string Name(string dimensionId, DimensionSet dimensions)
        => dimensions.TryGet(dimensionId, out var d) ? $"{d.Name} ({d.ManagementPole.Label} / {d.LeadershipPole.Label})" : dimensionId;

    private static string Triple(NumberFormat f, Quartiles? q) => q is null ? NumberFormat.Missing : $"{f.Value(q.Q1)} / {f.Value(q.Median)} / {f.Value(q.Q3)}";
}
