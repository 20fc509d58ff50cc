using LeadershipModel.Internal;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Feedback;

/// <summary>Aggregates the profiles of one target's raters into anonymous 360 feedback: published groups and self–other gaps.</summary>
/// <remarks>
/// <para><b>Grouping.</b> With threshold <c>t</c> (at least 2) and each role's number of raters <c>n</c>:</para>
/// <list type="number">
/// <item>Self is always its own group. Managers are their own group whatever their number when
/// <see cref="FeedbackOptions.ShowManagerSeparately"/> is set (the default); otherwise managers are an anonymous role
/// like the next three.</item>
/// <item>Each anonymous role (peer, direct report, other; manager when not shown separately) with <c>n ≥ t</c> is its own
/// group; each with <c>0 &lt; n &lt; t</c> goes into a pool.</item>
/// <item>While the pool holds <c>1..t−1</c> raters and some anonymous role is still its own group, the smallest such
/// group (ties: the later role in <see cref="RaterRole"/> order) joins the pool.</item>
/// <item>A pool of at least <c>t</c> raters is published as <see cref="FeedbackGroupKind.CombinedOthers"/> (its raters
/// count in <see cref="FeedbackReport.MergedRaterCount"/>); a smaller pool is withheld from every figure
/// (<see cref="FeedbackReport.WithheldRaterCount"/>).</item>
/// <item><see cref="FeedbackGroupKind.AllOthers"/> is the union of the published non-self groups, published when it
/// unites two or more of them.</item>
/// </list>
/// <para>Raters are distinct people: profiles that break the rules of <see cref="RaterCheck"/> (a second rating by
/// the same respondent, a self-rating by someone else, the target as an observer) are refused with an exception, so
/// every count is a count of people.</para>
/// <para>So every rater is in exactly one of the disjoint groups (self, manager, a role, combined) or in none, and
/// <c>AllOthers</c> adds no rater that is not already shown. Any published group minus any union of other published
/// groups is therefore empty, a union of published groups, or (being itself a published anonymous group) at least
/// <c>t</c> raters: no withheld or merged rater can be recovered by subtraction. Only self and separately shown
/// managers can form groups smaller than <c>t</c>, by design.</para>
/// <para><b>Indices.</b> Each group has, per index, the number of raters with a score, the mean and the sample
/// standard deviation. In an anonymous group an index fewer than <c>t</c> raters have is withheld, and
/// <c>AllOthers</c> (and the gap's comparison) pools only the figures its groups publish, so a skipped item cannot
/// expose a single rater either.</para>
/// <para><b>Gaps.</b> Self minus the comparison group's mean (<see cref="FeedbackOptions.GapComparison"/>, by default
/// every published non-self rater) on each dimension's M, L and integration and on the overall management, leadership
/// and integration: over-estimator when the gap exceeds the margin, under-estimator when it is below minus the margin,
/// else in agreement, high when others' mean is at or above <see cref="FeedbackOptions.HighThreshold"/> and low
/// otherwise. A gap within 1e−12 of the margin counts as agreement, so rounding cannot flip a category.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class FeedbackAggregator
{
    private const double Tolerance = 1e-12;

    /// <summary>Aggregates the profiles of one target.</summary>
    /// <param name="profiles">Every rating of the target, self included; all with the same <see cref="LeadershipProfile.TargetId"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">There are no profiles, they rate different targets, or they break the rules of <see cref="RaterCheck"/>.</exception>
    public static FeedbackReport Aggregate(IEnumerable<LeadershipProfile> profiles, FeedbackOptions? options = null)
    {
        var list = Preconditions.NotNull(profiles).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Feedback needs at least one profile.", nameof(profiles));
        }

        var target = Preconditions.NotNull(list[0], nameof(profiles)).TargetId;
        foreach (var p in list)
        {
            if (!string.Equals(Preconditions.NotNull(p, nameof(profiles)).TargetId, target, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The profiles rate more than one target ('{target}' and '{p.TargetId}'); use AggregateByTarget.", nameof(profiles));
            }
        }

        return Build(target, list, options ?? FeedbackOptions.Default);
    }

    /// <summary>Aggregates profiles of many targets, one report per target in order of first appearance.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The reports.</returns>
    /// <exception cref="ArgumentException">The profiles break the rules of <see cref="RaterCheck"/>.</exception>
    public static IReadOnlyList<FeedbackReport> AggregateByTarget(IEnumerable<LeadershipProfile> profiles, FeedbackOptions? options = null)
    {
        options ??= FeedbackOptions.Default;
        return Preconditions.NotNull(profiles)
            .GroupBy(p => Preconditions.NotNull(p, nameof(profiles)).TargetId, StringComparer.Ordinal)
            .Select(g => Build(g.Key, g.ToList(), options))
            .ToList();
    }

    /// <summary>Decides the group of each role: a published kind, or <see langword="null"/> when withheld (the algorithm in the remarks).</summary>
    internal static FeedbackGroupKind?[] Plan(ReadOnlySpan<int> countsByRole, FeedbackOptions options)
    {
        var t = options.AnonymityThreshold;
        var plan = new FeedbackGroupKind?[RaterRoles.All.Length];
        var pool = 0;
        var alone = new List<int>();
        foreach (var role in RaterRoles.All)
        {
            var r = (int)role;
            var n = countsByRole[r];
            if (n == 0)
            {
                continue;
            }

            if (role == RaterRole.Self || (role == RaterRole.Manager && options.ShowManagerSeparately))
            {
                plan[r] = (FeedbackGroupKind)r;
            }
            else if (n >= t)
            {
                plan[r] = (FeedbackGroupKind)r;
                alone.Add(r);
            }
            else
            {
                plan[r] = FeedbackGroupKind.CombinedOthers;
                pool += n;
            }
        }

        while (pool > 0 && pool < t && alone.Count > 0)
        {
            var smallest = alone[0];
            foreach (var r in alone)
            {
                if (countsByRole[r] <= countsByRole[smallest])
                {
                    smallest = r;
                }
            }

            alone.Remove(smallest);
            plan[smallest] = FeedbackGroupKind.CombinedOthers;
            pool += countsByRole[smallest];
        }

        if (pool > 0 && pool < t)
        {
            for (var r = 0; r < plan.Length; r++)
            {
                if (plan[r] == FeedbackGroupKind.CombinedOthers)
                {
                    plan[r] = null;
                }
            }
        }

        return plan;
    }

    private static FeedbackReport Build(string target, List<LeadershipProfile> profiles, FeedbackOptions options)
    {
        EnsureOneRatingPerPerson(target, profiles);
        var t = options.AnonymityThreshold;
        Span<int> counts = stackalloc int[RaterRoles.All.Length];
        foreach (var p in profiles)
        {
            counts[(int)p.Role]++;
        }

        var plan = Plan(counts, options);
        var members = new List<LeadershipProfile>[(int)FeedbackGroupKind.AllOthers];
        var merged = 0;
        var withheld = 0;
        foreach (var p in profiles)
        {
            var kind = plan[(int)p.Role];
            if (kind is null)
            {
                withheld++;
                continue;
            }

            merged += kind == FeedbackGroupKind.CombinedOthers ? 1 : 0;
            (members[(int)kind.Value] ??= []).Add(p);
        }

        var groups = new List<FeedbackGroup>();
        var othersValues = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var othersOrder = new List<string>();
        var othersGroups = 0;
        var othersRaters = 0;
        FeedbackGroup? chosen = null;
        for (var k = 0; k < members.Length; k++)
        {
            if (members[k] is not { } group)
            {
                continue;
            }

            var kind = (FeedbackGroupKind)k;
            var exempt = kind == FeedbackGroupKind.Self || (kind == FeedbackGroupKind.Manager && options.ShowManagerSeparately);
            var values = Collect(group);
            var stats = values.Select(v => Describe(v.Key, v.Value, exempt ? 1 : t)).ToEquatableArray();
            var published = new FeedbackGroup { Kind = kind, RaterCount = group.Count, Indices = stats };
            groups.Add(published);
            chosen = options.GapComparison == kind ? published : chosen;
            if (kind == FeedbackGroupKind.Self)
            {
                continue;
            }

            othersGroups++;
            othersRaters += group.Count;
            foreach (var (id, scores) in values)
            {
                if (exempt || scores.Count >= t)
                {
                    if (!othersValues.TryGetValue(id, out var pooled))
                    {
                        othersValues.Add(id, pooled = []);
                        othersOrder.Add(id);
                    }

                    pooled.AddRange(scores);
                }
            }
        }

        FeedbackGroup? allOthers = othersGroups == 0 ? null : new FeedbackGroup
        {
            Kind = FeedbackGroupKind.AllOthers,
            RaterCount = othersRaters,
            Indices = othersOrder.Select(id => Describe(id, othersValues[id], 1)).ToEquatableArray(),
        };
        if (othersGroups >= 2)
        {
            groups.Add(allOthers!);
        }

        var comparison = options.GapComparison is null or FeedbackGroupKind.AllOthers ? allOthers : chosen;
        var self = members[(int)FeedbackGroupKind.Self] is not null ? groups[0] : null;
        var gaps = self is not null && comparison is not null ? Gaps(self, comparison, options) : [];
        return new FeedbackReport
        {
            TargetId = target,
            Groups = groups.ToEquatableArray(),
            RaterCount = profiles.Count,
            MergedRaterCount = merged,
            WithheldRaterCount = withheld,
            AnonymityThreshold = t,
            AgreementMargin = options.AgreementMargin,
            ComparisonGroup = gaps.Count > 0 ? options.GapComparison ?? FeedbackGroupKind.AllOthers : null,
            Gaps = gaps.ToEquatableArray(),
        };
    }

    /// <summary>Enforces the rules of <see cref="RaterCheck"/>, so that every count below is a count of distinct people.</summary>
    private static void EnsureOneRatingPerPerson(string target, List<LeadershipProfile> profiles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            var own = string.Equals(p.RespondentId, target, StringComparison.Ordinal);
            if (own != (p.Role == RaterRole.Self) || !seen.Add(p.RespondentId))
            {
                throw new ArgumentException(
                    $"The ratings of '{target}' break the rater rules (one rating per person, self by the target only, the target never as an observer); check them with RaterCheck first.",
                    nameof(profiles));
            }
        }
    }

    private static List<KeyValuePair<string, List<double>>> Collect(List<LeadershipProfile> group)
    {
        var byId = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var order = new List<KeyValuePair<string, List<double>>>();
        foreach (var p in group)
        {
            ProfileIndices.ForEach(p, (byId, order), static (s, id, value) =>
            {
                if (!s.byId.TryGetValue(id, out var list))
                {
                    s.byId.Add(id, list = []);
                    s.order.Add(new(id, list));
                }

                list.Add(value);
            }, includeBases: true, includeConstructs: false);
        }

        return order;
    }

    private static FeedbackIndexStatistics Describe(string id, List<double> scores, int minimum)
    {
        var n = scores.Count;
        if (n < minimum)
        {
            return new FeedbackIndexStatistics { IndexId = id, Count = n, IsWithheld = true };
        }

        // Summed in ascending order, so the same people give the same bits whatever the order of the rows: the last
        // digits of a mean must not point to the order in which the raters answered.
        scores.Sort();
        var mean = scores.Sum() / n;
        double ss = 0;
        foreach (var s in scores)
        {
            ss += (s - mean) * (s - mean);
        }

        return new FeedbackIndexStatistics { IndexId = id, Count = n, Mean = mean, StandardDeviation = n > 1 ? Math.Sqrt(ss / (n - 1)) : null };
    }

    private static List<SelfOtherGap> Gaps(FeedbackGroup self, FeedbackGroup others, FeedbackOptions options)
    {
        var gaps = new List<SelfOtherGap>();
        var perDimension = new List<string>();
        foreach (var s in self.Indices)
        {
            var slash = s.IndexId.LastIndexOf('/');
            if (slash > 0 && !s.IndexId.StartsWith("source/", StringComparison.Ordinal)
                && s.IndexId.AsSpan(slash + 1) is var index
                && (index.SequenceEqual(IndexIds.Management) || index.SequenceEqual(IndexIds.Leadership) || index.SequenceEqual(IndexIds.Integration)))
            {
                perDimension.Add(s.IndexId);
            }
        }

        foreach (var id in perDimension.Concat([IndexIds.Management, IndexIds.Leadership, IndexIds.Integration]))
        {
            if (self.Get(id) is { Mean: { } mine } && others.Get(id) is { Mean: { } theirs } o)
            {
                var gap = mine - theirs;
                var agreement = gap > options.AgreementMargin + Tolerance ? SelfOtherAgreement.OverEstimator
                    : gap < -options.AgreementMargin - Tolerance ? SelfOtherAgreement.UnderEstimator
                    : theirs >= options.HighThreshold ? SelfOtherAgreement.InAgreementHigh
                    : SelfOtherAgreement.InAgreementLow;
                gaps.Add(new SelfOtherGap { IndexId = id, Self = mine, Others = theirs, OthersCount = o.Count, Margin = options.AgreementMargin, Agreement = agreement });
            }
        }

        return gaps;
    }
}
