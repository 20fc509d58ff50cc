using LeadershipModel.Change;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Documents;

/// <summary>
/// The readable change report (reliable change between two administrations) as format-neutral sections: what was
/// compared and how, who changed reliably and who did not, the whole sample per index, 360 rater groups, and the
/// ratings present at one time only. Render them with <see cref="SectionDocument"/>.
/// </summary>
/// <remarks>
/// <para>Indices are named by their labels (dimension names and pole labels), not ids. The categories are neutral
/// words: an increase of the coercive base is an increase, not an improvement. Every index of every person is in
/// the JSON output; the readable report lists the reliable changes and each person's counts.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ChangeReportSections
{
    /// <summary>Builds the sections.</summary>
    /// <param name="report">The change report.</param>
    /// <param name="dimensions">The dimensions that name the index ids.</param>
    /// <param name="options">Culture and decimals; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The sections, in order.</returns>
    public static IReadOnlyList<ReportSectionContent> Build(ChangeReport report, DimensionSet dimensions, ReportOptions? options = null)
    {
        Preconditions.NotNull(report);
        Preconditions.NotNull(dimensions);
        options ??= ReportOptions.Default;
        var f = new NumberFormat(options.Culture, options.Decimals);
        string Label(string id) => IndexLabels.Of(id, dimensions);
        var z = report.Z.ToString("0.##", options.Culture);
        var sections = new List<ReportSectionContent>
        {
            new()
            {
                Title = "How change is judged",
                Paragraphs =
                [
                    $"Reliability: {report.ReliabilitySource}.",
                    $"A person's change on an index is reliable when |RCI| > {z} (Jacobson & Truax 1991): RCI = (post - pre) / S_diff, S_diff = sqrt(2) x SEM, SEM = SD_pre x sqrt(1 - r). \"Increased\" and \"decreased\" are neutral words: a stronger coercive base is an increase, not an improvement.",
                    $"{report.People.Count} {(report.People.Count == 1 ? "person" : "people")} rated themselves at both times; {report.Unmatched.Count} rating{(report.Unmatched.Count == 1 ? " was" : "s were")} present at one time only (listed at the end). Indices without a reliability (overall indices, orientation, integration, authority sources) show their difference without an RCI.",
                ],
            },
        };

        var reliable = new List<string?[]>();
        var perPerson = new List<string?[]>();
        foreach (var person in report.People)
        {
            int up = 0, down = 0, same = 0, none = 0;
            foreach (var i in person.Indices)
            {
                switch (i.Category)
                {
                    case ChangeCategory.Increased: up++; break;
                    case ChangeCategory.Decreased: down++; break;
                    case ChangeCategory.Unchanged: same++; break;
                    default: none++; break;
                }

                if (i.Category is ChangeCategory.Increased or ChangeCategory.Decreased)
                {
                    reliable.Add([person.RespondentId, Label(i.IndexId), f.Value(i.Pre), f.Value(i.Post), f.Signed(i.Difference), f.Signed(i.Rci), CategoryLabel(i.Category)]);
                }
            }

            var tested = up + down + same;
            var p = ChanceTail(up + down, tested, report.Z);
            perPerson.Add([person.RespondentId, f.Integer(up), f.Integer(down), f.Integer(same), f.Integer(none),
                up + down == 0 ? "no reliable change" : p < 0.05 ? "changed: more than chance (" + (p < 0.001 ? "p < 0.001" : "p = " + p.ToString("0.000", options.Culture)) + ")" : "within chance"]);
        }

        sections.Add(new ReportSectionContent
        {
            Title = "Who changed reliably, person by person",
            Paragraphs = [$"For each person, how many indices rose or fell by more than measurement error explains. Even without any true change, each tested index crosses |RCI| > {z} with probability {ChanceRate(report.Z).ToString("0.0%", options.Culture)}, so a few reliable changes are expected by chance among many indices: a person has changed when they have more reliable changes than chance explains (one-sided binomial p < 0.05). The next section lists each reliable change."],
            Tables = perPerson.Count == 0 ? [] : [ReportTable.Create(["Person", "Increased", "Decreased", "Unchanged", "No RCI", "Result"], perPerson, "Number of indices in each category")],
        });
        sections.Add(new ReportSectionContent
        {
            Title = "Every reliable change",
            Paragraphs = [reliable.Count == 0 ? "Nobody changed reliably on any index." : $"{reliable.Count} reliable change{(reliable.Count == 1 ? "" : "s")}, by person and index."],
            Tables = reliable.Count == 0 ? [] : [ReportTable.Create(["Person", "Index", "Pre", "Post", "Difference", "RCI", "Change"], reliable)],
        });
        sections.Add(new ReportSectionContent
        {
            Title = "The whole sample",
            Paragraphs = ["Per index, over the people with both scores: the paired t test of post against pre, its effect size d_z (mean difference / SD of the differences), and how many people changed reliably."],
            Tables =
            [
                ReportTable.Create(
                    ["Index", "n", "Mean difference", "t", "df", "p", "d_z", "Increased", "Unchanged", "Decreased"],
                    report.Summary.Where(s => IndexLabels.IsCore(s.IndexId)).Select(s => new string?[]
                    {
                        Label(s.IndexId), f.Integer(s.Count), f.Signed(s.MeanDifference), f.Signed(s.T), s.DegreesOfFreedom is { } df ? df.ToString("0", options.Culture) : NumberFormat.Missing,
                        s.PValue is { } p ? (p < 0.001 ? "< 0.001" : p.ToString("0.000", options.Culture)) : NumberFormat.Missing,
                        f.Signed(s.Dz), f.Integer(s.Increased), f.Integer(s.Unchanged), f.Integer(s.Decreased),
                    })),
            ],
        });
        if (report.Groups.Count > 0)
        {
            sections.Add(new ReportSectionContent
            {
                Title = "360 rater groups",
                Paragraphs = ["Each published group of other raters: the difference of its means, with the raters present at both times. A group's change has no RCI: reliable change applies to individual scores. Groups below the anonymity threshold are merged or withheld as in the feedback report."],
                Tables =
                [
                    ReportTable.Create(
                        ["Target", "Group", "Raters (pre / post)", "Index", "Pre", "Post", "Difference"],
                        report.Groups.SelectMany(g => g.Indices.Where(i => IndexLabels.IsCore(i.IndexId) && !i.IndexId.StartsWith("base/", StringComparison.Ordinal)).Select(i => new string?[]
                        {
                            g.TargetId, g.Group, $"{f.Integer(g.RatersPre)} / {f.Integer(g.RatersPost)}", Label(i.IndexId), f.Value(i.Pre), f.Value(i.Post), f.Signed(i.Difference),
                        }))),
                ],
            });
        }

        sections.Add(new ReportSectionContent
        {
            Title = "Present at one time only",
            Paragraphs = [report.Unmatched.Count == 0 ? "Every rating was matched." : "These ratings have no partner at the other time and are not compared."],
            Tables = report.Unmatched.Count == 0 ? [] :
            [
                ReportTable.Create(["Respondent", "Target", "Present in"], report.Unmatched.Select(u => new string?[] { u.RespondentId, u.TargetId, u.PresentIn == ChangeWave.Pre ? "first (pre)" : "second (post)" })),
            ],
        });
        return sections;
    }

    /// <summary>The chance that |RCI| exceeds z without any true change: 2·(1 − Φ(z)).</summary>
    /// <remarks>erfc by Numerical Recipes' Chebyshev fit (fractional error below 1.2e−7), ample for a display p.</remarks>
    internal static double ChanceRate(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + (0.5 * x));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return t * Math.Exp((-x * x) + poly);
    }

    /// <summary>P(X ≥ k) for X ~ Binomial(n, chance rate): how surprising k reliable changes among n tested indices are.</summary>
    internal static double ChanceTail(int k, int n, double z)
    {
        var rate = ChanceRate(z);
        double tail = 0;
        for (var x = k; x <= n; x++)
        {
            tail += Math.Exp(LogChoose(n, x) + (x * Math.Log(rate)) + ((n - x) * Math.Log(1 - rate)));
        }

        return Math.Min(1, tail);
    }

    private static double LogChoose(int n, int k)
    {
        double sum = 0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }

    private static string CategoryLabel(ChangeCategory? category) => category switch
    {
        ChangeCategory.Increased => "increased",
        ChangeCategory.Decreased => "decreased",
        ChangeCategory.Unchanged => "unchanged",
        _ => NumberFormat.Missing,
    };
}
