using LeadershipModel.Analysis.Feedback;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Teams;

namespace LeadershipModel.Analysis.Teams;

/// <summary>Builds team and unit roll-ups (<see cref="UnitReport"/>): each unit's mixture of managers and leaders.</summary>
/// <remarks>
/// <para><b>Whose figure.</b> With <see cref="UnitPerspective.Self"/>, each person's self-assessment. With
/// <see cref="UnitPerspective.Others"/> (360 data), each person's figure per index is the mean of the means of
/// their published other-rater groups (manager, peers, direct reports, others, combined others; never a withheld
/// group, see <c>FeedbackAggregator</c>); a person with no published other group is left out.</para>
/// <para><b>Per unit.</b> The count per overall quadrant (M and L against <see cref="UnitRollupOptions.HighThreshold"/>)
/// and per profile type; per dimension, the quartiles of M and of L (R's <c>quantile(type = 7)</c>) and whether at
/// least one person is high on each pole; the quartiles of the follower-conferred share.</para>
/// <para>A unit with fewer people than <see cref="UnitRollupOptions.MinimumUnitSize"/> is withheld with its reason.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class UnitRollup
{
    /// <summary>The unit of people whose unit is not known.</summary>
    public const string NoUnit = "(no unit)";

    /// <summary>Builds the roll-up.</summary>
    /// <param name="profiles">The profiles (self-assessments, and with the others perspective the raters' profiles).</param>
    /// <param name="unitOf">The unit of each target id, or <see langword="null"/> (or returning <see langword="null"/>) for <see cref="NoUnit"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    public static UnitReport Build(IEnumerable<LeadershipProfile> profiles, Func<string, string?>? unitOf = null, UnitRollupOptions? options = null)
    {
        options ??= UnitRollupOptions.Default;
        var people = Figures(Preconditions.NotNull(profiles).ToList(), options, out var dimensionIds);
        var units = new List<(string Unit, List<Figure> People)>();
        foreach (var person in people)
        {
            var unit = unitOf?.Invoke(person.TargetId) is { Length: > 0 } u ? u : NoUnit;
            var entry = units.FirstOrDefault(x => x.Unit == unit);
            if (entry.People is null)
            {
                units.Add(entry = (unit, []));
            }

            entry.People.Add(person);
        }

        var shown = new List<UnitSummary>();
        var withheld = new List<WithheldUnit>();
        foreach (var (unit, members) in units)
        {
            if (members.Count < options.MinimumUnitSize)
            {
                withheld.Add(new WithheldUnit
                {
                    Unit = unit,
                    People = members.Count,
                    Reason = $"{members.Count} {(members.Count == 1 ? "person" : "people")}, fewer than the minimum unit size of {options.MinimumUnitSize}: the figures of so small a unit would describe individuals.",
                });
                continue;
            }

            shown.Add(Summarize(unit, members, dimensionIds, options.HighThreshold));
        }

        return new UnitReport
        {
            MinimumUnitSize = options.MinimumUnitSize,
            Perspective = options.Perspective,
            HighThreshold = options.HighThreshold,
            Units = shown.ToEquatableArray(),
            Withheld = withheld.ToEquatableArray(),
        };
    }

    private sealed record Figure(string TargetId, Dictionary<string, double> Scores, string? ProfileType);

    private static List<Figure> Figures(List<LeadershipProfile> profiles, UnitRollupOptions options, out List<string> dimensionIds)
    {
        dimensionIds = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            foreach (var d in Preconditions.NotNull(p, nameof(profiles)).Dimensions)
            {
                if (seen.Add(d.DimensionId))
                {
                    dimensionIds.Add(d.DimensionId);
                }
            }
        }

        var result = new List<Figure>();
        if (options.Perspective == UnitPerspective.Self)
        {
            foreach (var p in profiles.Where(p => p.Role == RaterRole.Self))
            {
                var scores = new Dictionary<string, double>(StringComparer.Ordinal);
                ProfileIndices.ForEach(p, scores, static (s, id, v) => s[id] = v);
                result.Add(new Figure(p.TargetId, scores, p.Overall.ProfileType));
            }

            return result;
        }

        foreach (var target in profiles.GroupBy(p => p.TargetId, StringComparer.Ordinal))
        {
            var groups = FeedbackGroups.OthersOf(target.ToList(), options.AnonymityThreshold, includeAllOthers: false);
            var sums = new Dictionary<string, (double Sum, int N)>(StringComparer.Ordinal);
            foreach (var g in groups)
            {
                foreach (var (id, mean) in g.Means)
                {
                    if (mean is { } m)
                    {
                        var s = sums.GetValueOrDefault(id);
                        sums[id] = (s.Sum + m, s.N + 1);
                    }
                }
            }

            if (sums.Count > 0)
            {
                var scores = sums.ToDictionary(x => x.Key, x => x.Value.Sum / x.Value.N, StringComparer.Ordinal);
                var type = scores.TryGetValue(IndexIds.Management, out var m) && scores.TryGetValue(IndexIds.Leadership, out var l)
                    ? QuadrantClassifier.Classify(m, l, options.HighThreshold).ToString()
                    : null;
                result.Add(new Figure(target.Key, scores, type));
            }
        }

        return result;
    }

    private static UnitSummary Summarize(string unit, List<Figure> members, List<string> dimensionIds, double threshold)
    {
        int manager = 0, leader = 0, integrator = 0, disengaged = 0, unclassified = 0;
        foreach (var p in members)
        {
            if (p.Scores.TryGetValue(IndexIds.Management, out var m) && p.Scores.TryGetValue(IndexIds.Leadership, out var l))
            {
                switch (QuadrantClassifier.Classify(m, l, threshold))
                {
                    case Quadrant.Manager: manager++; break;
                    case Quadrant.Leader: leader++; break;
                    case Quadrant.Integrator: integrator++; break;
                    default: disengaged++; break;
                }
            }
            else
            {
                unclassified++;
            }
        }

        var types = members.Where(p => p.ProfileType is not null)
            .GroupBy(p => p.ProfileType!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProfileTypeCount { ProfileType = g.Key, People = g.Count() })
            .ToEquatableArray();
        var dimensions = dimensionIds.Select(d =>
        {
            var mValues = Values(members, IndexIds.ForDimension(d, IndexIds.Management));
            var lValues = Values(members, IndexIds.ForDimension(d, IndexIds.Leadership));
            return new UnitDimension
            {
                DimensionId = d,
                Management = QuartilesOf(mValues),
                Leadership = QuartilesOf(lValues),
                CoveredManagement = mValues.Any(v => v >= threshold),
                CoveredLeadership = lValues.Any(v => v >= threshold),
            };
        }).ToEquatableArray();
        return new UnitSummary
        {
            Unit = unit,
            People = members.Count,
            Quadrants = new QuadrantCounts { Manager = manager, Leader = leader, Integrator = integrator, Disengaged = disengaged, Unclassified = unclassified },
            ProfileTypes = types,
            Dimensions = dimensions,
            FollowerConferredShare = QuartilesOf(Values(members, IndexIds.FollowerShare)),
        };
    }

    private static List<double> Values(List<Figure> members, string id)
    {
        var values = new List<double>(members.Count);
        foreach (var p in members)
        {
            if (p.Scores.TryGetValue(id, out var v))
            {
                values.Add(v);
            }
        }

        values.Sort();
        return values;
    }

    /// <summary>The quartiles of sorted values (R's type 7), or <see langword="null"/> when there are none.</summary>
    internal static Quartiles? QuartilesOf(List<double> sorted) => sorted.Count == 0 ? null : new Quartiles
    {
        Q1 = Quantile.Type7(sorted, 0.25),
        Median = Quantile.Type7(sorted, 0.5),
        Q3 = Quantile.Type7(sorted, 0.75),
    };
}
