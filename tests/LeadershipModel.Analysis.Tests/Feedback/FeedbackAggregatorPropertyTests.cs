using CsCheck;
using LeadershipModel.Feedback;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using static LeadershipModel.Analysis.Tests.Feedback.FeedbackProfiles;

namespace LeadershipModel.Analysis.Tests.Feedback;

/// <summary>
/// Random rater mixes: each rater's overall management score encodes its role in base 16 (manager 16⁻⁴, other 16⁻³,
/// direct report 16⁻², peer 16⁻¹; at most 12 per role), so a published group's n · mean tells exactly which roles it holds.
/// </summary>
public sealed class FeedbackAggregatorPropertyTests
{
    private static readonly Gen<(int[] Counts, int Threshold, bool ManagerAlone)> Mixes =
        from self in Gen.Int[0, 1]
        from others in Gen.Int[0, 12].Array[4]
        from threshold in Gen.Int[2, 5]
        from managerAlone in Gen.Bool
        select ((int[])[self, .. others], threshold, managerAlone);

    [Fact]
    public void Aggregate_RandomMixes_NoGroupBelowThresholdRecoverableByDifferencing()
    {
        Samples.Check(Mixes, mix =>
        {
            var (counts, t, managerAlone) = mix;
            var report = FeedbackAggregator.Aggregate(Profiles(counts), new FeedbackOptions { AnonymityThreshold = t, ShowManagerSeparately = managerAlone });
            var groups = report.Groups.Select(g => (g.Kind, Roles: Composition(g))).ToList();

            // Every published group minus any union of other published groups it contains.
            for (var g = 0; g < groups.Count; g++)
            {
                var others = Enumerable.Range(0, groups.Count).Where(o => o != g).ToList();
                for (var mask = 0; mask < 1 << others.Count; mask++)
                {
                    var remainder = (int[])groups[g].Roles.Clone();
                    var contained = true;
                    for (var b = 0; b < others.Count && contained; b++)
                    {
                        if ((mask & (1 << b)) == 0)
                        {
                            continue;
                        }

                        for (var r = 0; r < 5; r++)
                        {
                            remainder[r] -= groups[others[b]].Roles[r];
                            contained &= remainder[r] >= 0;
                        }
                    }

                    if (!contained)
                    {
                        continue;
                    }

                    var size = remainder.Sum();
                    var exemptOnly = remainder.Select((n, r) => n == 0 || r == (int)RaterRole.Self || (managerAlone && r == (int)RaterRole.Manager)).All(x => x);
                    (size == 0 || size >= t || exemptOnly).Should().BeTrue(
                        $"{groups[g].Kind} minus groups {mask} leaves {size} raters ({string.Join(",", remainder)}) with threshold {t}, counts {string.Join(",", counts)}");
                }
            }
        });
    }

    [Fact]
    public void Aggregate_RandomMixes_EveryRaterInExactlyThePlannedGroups()
    {
        Samples.Check(Mixes, mix =>
        {
            var (counts, t, managerAlone) = mix;
            var report = FeedbackAggregator.Aggregate(Profiles(counts), new FeedbackOptions { AnonymityThreshold = t, ShowManagerSeparately = managerAlone });
            var expected = ExpectedPlan(counts, t, managerAlone);

            var disjoint = report.Groups.Where(g => g.Kind != FeedbackGroupKind.AllOthers).ToList();
            for (var r = 0; r < 5; r++)
            {
                var holding = disjoint.Where(g => Composition(g)[r] > 0).ToList();
                if (counts[r] == 0 || expected[r] is null)
                {
                    holding.Should().BeEmpty($"role {(RaterRole)r} is withheld or absent");
                    continue;
                }

                holding.Should().ContainSingle($"role {(RaterRole)r} is in exactly one group").Which.Kind.Should().Be(expected[r]);
                Composition(holding[0])[r].Should().Be(counts[r]);
            }

            var withheld = Enumerable.Range(0, 5).Where(r => expected[r] is null).Sum(r => counts[r]);
            report.WithheldRaterCount.Should().Be(withheld);
            report.MergedRaterCount.Should().Be(report.GetGroup(FeedbackGroupKind.CombinedOthers)?.RaterCount ?? 0);
            (disjoint.Sum(g => g.RaterCount) + withheld).Should().Be(counts.Sum());
            foreach (var g in disjoint.Where(g => g.Kind != FeedbackGroupKind.Self && !(managerAlone && g.Kind == FeedbackGroupKind.Manager)))
            {
                g.RaterCount.Should().BeGreaterThanOrEqualTo(t);
            }

            var nonSelf = disjoint.Where(g => g.Kind != FeedbackGroupKind.Self).ToList();
            if (report.GetGroup(FeedbackGroupKind.AllOthers) is { } all)
            {
                nonSelf.Count.Should().BeGreaterThanOrEqualTo(2);
                Composition(all).Should().Equal(Enumerable.Range(0, 5).Select(r => nonSelf.Sum(g => Composition(g)[r])));
            }
            else
            {
                nonSelf.Count.Should().BeLessThan(2);
            }
        });
    }

    /// <summary>The documented algorithm, restated: roles at the threshold alone, the rest pooled; the smallest shown role joins a pool below it; a pool still below it is withheld.</summary>
    private static FeedbackGroupKind?[] ExpectedPlan(int[] n, int t, bool managerAlone)
    {
        var plan = new FeedbackGroupKind?[5];
        var anonymous = new List<int> { 2, 3, 4 };
        if (managerAlone)
        {
            plan[1] = n[1] > 0 ? FeedbackGroupKind.Manager : null;
        }
        else
        {
            anonymous.Insert(0, 1);
        }

        plan[0] = n[0] > 0 ? FeedbackGroupKind.Self : null;
        var pool = anonymous.Where(r => n[r] > 0 && n[r] < t).ToList();
        var alone = anonymous.Where(r => n[r] >= t).ToList();
        while (pool.Sum(r => n[r]) is > 0 and var size && size < t && alone.Count > 0)
        {
            var smallest = alone.OrderBy(r => n[r]).ThenByDescending(r => r).First();
            alone.Remove(smallest);
            pool.Add(smallest);
        }

        foreach (var r in alone)
        {
            plan[r] = (FeedbackGroupKind)r;
        }

        var published = pool.Sum(r => n[r]) >= t;
        foreach (var r in pool)
        {
            plan[r] = published ? FeedbackGroupKind.CombinedOthers : null;
        }

        return plan;
    }

    private static List<LeadershipModel.Scoring.LeadershipProfile> Profiles(int[] counts)
    {
        var list = new List<LeadershipModel.Scoring.LeadershipProfile>();
        for (var r = 0; r < 5; r++)
        {
            for (var i = 0; i < counts[r]; i++)
            {
                list.Add(Rater(r == 0 ? "t" : $"{r}-{i}", (RaterRole)r, Code(r)));
            }
        }

        return list;
    }

    private static double Code(int role) => role switch
    {
        0 => 0.5,
        1 => 1.0 / 65536,
        2 => 1.0 / 16,
        3 => 1.0 / 256,
        _ => 1.0 / 4096,
    };

    /// <summary>The number of raters of each role in a group, decoded from n · mean of the management index.</summary>
    private static int[] Composition(FeedbackGroup group)
    {
        var roles = new int[5];
        if (group.Kind == FeedbackGroupKind.Self)
        {
            roles[0] = group.RaterCount;
            return roles;
        }

        var stats = group.Get(IndexIds.Management)!;
        stats.Count.Should().Be(group.RaterCount);
        var code = (long)Math.Round(stats.Mean!.Value * stats.Count * 65536);
        roles[1] = (int)(code % 16);
        roles[4] = (int)(code / 16 % 16);
        roles[3] = (int)(code / 256 % 16);
        roles[2] = (int)(code / 4096 % 16);
        return roles;
    }
}
