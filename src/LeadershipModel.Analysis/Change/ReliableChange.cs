using LeadershipModel.Analysis.Comparison;
using LeadershipModel.Analysis.Feedback;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Change;
using LeadershipModel.Internal;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Change;

/// <summary>
/// Compares two administrations of an instrument: reliable change per person and index (Jacobson &amp; Truax 1991),
/// the change of each 360 target's published rater groups, the ratings present at one time only, and the whole
/// sample's paired t test per index.
/// </summary>
/// <remarks>
/// <para><b>Matching.</b> A rating is matched by respondent and target. A respondent who rated the target in another
/// role the second time, or who appears at one time only, is listed in <see cref="ChangeReport.Unmatched"/>; nobody is
/// dropped silently. A respondent rating the same target twice within one administration is an error.</para>
/// <para><b>People.</b> Self-assessments (respondent = target) matched at both times get, for every index either
/// profile has: the difference <c>x₂ − x₁</c>; <c>SEM = SD_pre·√(1 − r)</c>, with SD_pre the standard deviation
/// (n − 1) of that index over the matched people's pre scores, or the norm table's when the reliabilities come from
/// one; <c>S_diff = √2·SEM</c>; <c>RCI = (x₂ − x₁)/S_diff</c>; and the category at |RCI| &gt; z. An index without a
/// reliability, or without both scores, gets no RCI and a reason.</para>
/// <para><b>360 raters.</b> Other raters are never reported one by one. For each target, the raters present at both
/// times are grouped by the feedback rules (see <c>FeedbackAggregator</c>) at each time, and each published
/// group reports the difference of its means with its number of raters; the RCI applies to individual scores only,
/// so groups get none. Because only raters present at both times count, the two means of a group describe the same
/// people, and a rater who joins or leaves cannot be recovered by subtracting one administration's group sum from the
/// other's: such raters appear only in <see cref="ChangeReport.Unmatched"/>.</para>
/// <para><b>Summary.</b> Per index, over the people with both scores: the paired t test of post against pre, d_z, and
/// the count in each category (see <see cref="PairedComparison"/>).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ReliableChange
{
    private static readonly double Sqrt2 = Math.Sqrt(2);

    /// <summary>Compares two administrations.</summary>
    /// <param name="pre">The profiles of the first administration.</param>
    /// <param name="post">The profiles of the second administration.</param>
    /// <param name="options">The reliabilities and z.</param>
    /// <returns>The change report.</returns>
    /// <exception cref="ArgumentException">A respondent rates the same target twice within one administration.</exception>
    public static ChangeReport Compare(IEnumerable<LeadershipProfile> pre, IEnumerable<LeadershipProfile> post, ReliableChangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var first = Index(Preconditions.NotNull(pre), "first");
        var second = Index(Preconditions.NotNull(post), "second");
        var unmatched = new List<UnmatchedRating>();
        var pairs = new List<(LeadershipProfile Pre, LeadershipProfile Post)>();
        foreach (var (key, p) in first.List)
        {
            if (second.Map.TryGetValue(key, out var q) && q.Role == p.Role)
            {
                pairs.Add((p, q));
            }
            else
            {
                unmatched.Add(new UnmatchedRating { RespondentId = p.RespondentId, TargetId = p.TargetId, PresentIn = ChangeWave.Pre });
            }
        }

        foreach (var (key, q) in second.List)
        {
            if (!first.Map.TryGetValue(key, out var p) || p.Role != q.Role)
            {
                unmatched.Add(new UnmatchedRating { RespondentId = q.RespondentId, TargetId = q.TargetId, PresentIn = ChangeWave.Post });
            }
        }

        var selves = pairs.Where(x => x.Pre.Role == RaterRole.Self).ToList();
        var people = People(selves, options, out var order);
        return new ChangeReport
        {
            ReliabilitySource = options.Reliability.Source,
            Z = options.Z,
            People = people.ToEquatableArray(),
            Groups = Groups(pairs.Where(x => x.Pre.Role != RaterRole.Self).ToList(), options.AnonymityThreshold).ToEquatableArray(),
            Unmatched = unmatched.ToEquatableArray(),
            Summary = Summarize(people, order).ToEquatableArray(),
        };
    }

    private static (List<KeyValuePair<(string, string), LeadershipProfile>> List, Dictionary<(string, string), LeadershipProfile> Map) Index(IEnumerable<LeadershipProfile> profiles, string which)
    {
        var list = new List<KeyValuePair<(string, string), LeadershipProfile>>();
        var map = new Dictionary<(string, string), LeadershipProfile>();
        foreach (var p in profiles)
        {
            Preconditions.NotNull(p, nameof(profiles));
            var key = (p.RespondentId, p.TargetId);
            if (!map.TryAdd(key, p))
            {
                throw new ArgumentException($"Respondent '{p.RespondentId}' rates target '{p.TargetId}' more than once in the {which} administration; each rater rates a target once.", nameof(profiles));
            }

            list.Add(KeyValuePair.Create(key, p));
        }

        return (list, map);
    }

    private static Dictionary<string, double> Scores(LeadershipProfile profile, List<string> order, HashSet<string> seen)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        ProfileIndices.ForEach(profile, (scores, order, seen), static (s, id, value) =>
        {
            s.scores[id] = value;
            if (s.seen.Add(id))
            {
                s.order.Add(id);
            }
        });
        return scores;
    }

    private static List<PersonChange> People(List<(LeadershipProfile Pre, LeadershipProfile Post)> pairs, ReliableChangeOptions options, out List<string> order)
    {
        order = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<(LeadershipProfile Profile, Dictionary<string, double> Pre, Dictionary<string, double> Post)>(pairs.Count);
        foreach (var (p, q) in pairs)
        {
            scored.Add((p, Scores(p, order, seen), Scores(q, order, seen)));
        }

        var reliability = options.Reliability;
        var sds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            if (reliability.StandardDeviations is { } table)
            {
                if (table.TryGetValue(id, out var sd))
                {
                    sds[id] = sd;
                }
            }
            else
            {
                var values = scored.Where(s => s.Pre.ContainsKey(id)).Select(s => s.Pre[id]).ToArray();
                var (_, sd, n) = Descriptive.MeanSd(values);
                if (n > 1)
                {
                    sds[id] = sd;
                }
            }
        }

        var people = new List<PersonChange>(scored.Count);
        foreach (var (profile, preScores, postScores) in scored)
        {
            var indices = new List<IndexChange>();
            foreach (var id in order)
            {
                double? x1 = preScores.TryGetValue(id, out var a) ? a : null;
                double? x2 = postScores.TryGetValue(id, out var b) ? b : null;
                if (x1 is null && x2 is null)
                {
                    continue;
                }

                indices.Add(Person(id, x1, x2, sds.TryGetValue(id, out var sd) ? sd : null, reliability, options.Z));
            }

            people.Add(new PersonChange { RespondentId = profile.RespondentId, TargetId = profile.TargetId, Indices = indices.ToEquatableArray() });
        }

        return people;
    }

    private static IndexChange Person(string id, double? x1, double? x2, double? sd, ChangeReliability reliability, double z)
    {
        double? difference = x1 is { } a && x2 is { } b ? b - a : null;
        double? r = reliability.Reliabilities.TryGetValue(id, out var rel) ? rel : null;
        var change = new IndexChange { IndexId = id, Pre = x1, Post = x2, Difference = difference, StandardDeviationPre = sd, Reliability = r };
        string? reason = x1 is null ? "no score at the first administration"
            : x2 is null ? "no score at the second administration"
            : r is null ? $"no reliability for this index in the {reliability.Source.Split(':')[0]}"
            : sd is null ? (reliability.StandardDeviations is null ? "no standard deviation: fewer than two matched people have a first score" : "the norm table gives no standard deviation for this index")
            : null;
        if (reason is not null)
        {
            return change with { Reason = reason };
        }

        var sem = sd!.Value * Math.Sqrt(1 - r!.Value);
        var sDiff = Sqrt2 * sem;
        if (!(sDiff > 0))
        {
            return change with { StandardErrorOfMeasurement = sem, StandardErrorOfDifference = sDiff, Reason = "no measurement error (reliability 1 or no spread): the RCI is undefined" };
        }

        var rci = difference!.Value / sDiff;
        return change with
        {
            StandardErrorOfMeasurement = sem,
            StandardErrorOfDifference = sDiff,
            Rci = rci,
            Category = rci > z ? ChangeCategory.Increased : rci < -z ? ChangeCategory.Decreased : ChangeCategory.Unchanged,
        };
    }

    private static List<GroupChange> Groups(List<(LeadershipProfile Pre, LeadershipProfile Post)> observers, int threshold)
    {
        var result = new List<GroupChange>();
        foreach (var target in observers.GroupBy(x => x.Pre.TargetId, StringComparer.Ordinal))
        {
            var before = FeedbackGroups.OthersOf(target.Select(x => x.Pre).ToList(), threshold, includeAllOthers: true);
            var after = FeedbackGroups.OthersOf(target.Select(x => x.Post).ToList(), threshold, includeAllOthers: true);
            foreach (var g in before)
            {
                var h = after.FirstOrDefault(x => x.Group == g.Group);
                if (h is null)
                {
                    continue;
                }

                var ids = g.Means.Select(m => m.Key).Concat(h.Means.Select(m => m.Key)).Distinct(StringComparer.Ordinal);
                var indices = ids.Select(id =>
                {
                    var a = g.Mean(id);
                    var b = h.Mean(id);
                    return new GroupIndexChange { IndexId = id, Pre = a, Post = b, Difference = b - a };
                }).ToEquatableArray();
                result.Add(new GroupChange { TargetId = target.Key, Group = g.Group, RatersPre = g.Raters, RatersPost = h.Raters, Indices = indices });
            }
        }

        return result;
    }

    private static List<ChangeSummary> Summarize(List<PersonChange> people, List<string> order)
    {
        var summary = new List<ChangeSummary>(order.Count);
        foreach (var id in order)
        {
            var pre = new List<double>();
            var post = new List<double>();
            int up = 0, same = 0, down = 0;
            foreach (var person in people)
            {
                foreach (var i in person.Indices)
                {
                    if (i.IndexId != id)
                    {
                        continue;
                    }

                    if (i.Pre is { } a && i.Post is { } b)
                    {
                        pre.Add(a);
                        post.Add(b);
                    }

                    up += i.Category == ChangeCategory.Increased ? 1 : 0;
                    same += i.Category == ChangeCategory.Unchanged ? 1 : 0;
                    down += i.Category == ChangeCategory.Decreased ? 1 : 0;
                    break;
                }
            }

            var test = PairedComparison.Compare(post.ToArray(), pre.ToArray());
            summary.Add(new ChangeSummary
            {
                IndexId = id,
                Count = test.Count,
                MeanDifference = test.MeanDifference,
                T = test.T,
                DegreesOfFreedom = test.DegreesOfFreedom,
                PValue = test.PValue,
                Dz = test.Dz,
                Increased = up,
                Unchanged = same,
                Decreased = down,
            });
        }

        return summary;
    }
}
