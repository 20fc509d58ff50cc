using LeadershipModel.Instruments;
using LeadershipModel.Internal;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Feedback;

/// <summary>Builds the <see cref="FeedbackDocument"/> from raw response sets: rater rules, scoring, anonymous groups, items.</summary>
/// <remarks>
/// <para>Steps: <see cref="RaterCheck"/> rejects sets that break the rater rules; the engine scores the rest;
/// <see cref="FeedbackAggregator"/> forms the published groups; item means are taken over the same groups under the
/// same rule (in an anonymous group an item fewer than the threshold answered is withheld, and all others pool only
/// published figures).</para>
/// <para><b>What averages reveal.</b> Every published figure is a mean over at least the threshold of distinct people
/// (self, and a manager shown alone, excepted). Comparing two reports of the same person (before and after one more
/// rater answered) still reveals that newcomer's answers by differencing the means; no aggregate can prevent this, so
/// a host should release a person's feedback once per campaign, not after each answer.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class FeedbackDocumentBuilder
{
    private const int TopItems = 5;

    /// <summary>Builds the document.</summary>
    /// <param name="engine">The engine that scores the sets.</param>
    /// <param name="instrument">The instrument answered (item order, texts, scale).</param>
    /// <param name="sets">The sets, in the order received.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The document and every set not used, with its reason.</returns>
    public static FeedbackDocumentResult Build(ScoringEngine engine, Instrument instrument, IReadOnlyList<ResponseSet> sets, FeedbackOptions? options = null)
    {
        Preconditions.NotNull(engine);
        Preconditions.NotNull(instrument);
        Preconditions.NotNull(sets);
        options ??= FeedbackOptions.Default;
        var check = RaterCheck.Check(sets);
        var scoringRejections = new List<Rejection>();
        var byTarget = new Dictionary<string, List<(ResponseSet Set, LeadershipProfile Profile)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var i in check.Accepted)
        {
            var result = engine.Score(sets[i], i);
            if (!result.IsScored)
            {
                scoringRejections.Add(result.Rejection!);
                continue;
            }

            var target = result.Profile!.TargetId;
            if (!byTarget.TryGetValue(target, out var list))
            {
                byTarget.Add(target, list = []);
                order.Add(target);
            }

            list.Add((sets[i], result.Profile));
        }

        var targets = order.Select(t => ForTarget(instrument, byTarget[t], options)).ToEquatableArray();
        return new FeedbackDocumentResult
        {
            Document = new FeedbackDocument
            {
                InstrumentId = instrument.Id,
                InstrumentVersion = instrument.Version,
                InstrumentName = instrument.Name,
                IsValidated = instrument.Definition.IsValidated,
                Scale = instrument.Scale,
                Options = options,
                Targets = targets,
                OpenQuestions = instrument.OpenQuestions,
            },
            RaterRejections = check.Rejections,
            ScoringRejections = scoringRejections.ToEquatableArray(),
        };
    }

    private static TargetFeedback ForTarget(Instrument instrument, List<(ResponseSet Set, LeadershipProfile Profile)> ratings, FeedbackOptions options)
    {
        var report = WithPercentiles(FeedbackAggregator.Aggregate(ratings.Select(r => r.Profile), options), options);
        Span<int> counts = stackalloc int[RaterRoles.All.Length];
        foreach (var r in ratings)
        {
            counts[(int)r.Profile.Role]++;
        }

        var plan = FeedbackAggregator.Plan(counts, options);
        var t = options.AnonymityThreshold;
        var items = instrument.Items;

        // Raw answers per item, per published group.
        var groupAnswers = new Dictionary<FeedbackGroupKind, List<double>[]>();
        foreach (var (set, profile) in ratings)
        {
            if (plan[(int)profile.Role] is not { } kind)
            {
                continue;
            }

            if (!groupAnswers.TryGetValue(kind, out var perItem))
            {
                groupAnswers.Add(kind, perItem = new List<double>[items.Count]);
            }

            foreach (var answer in set.Answers)
            {
                var index = instrument.IndexOfItem(answer.ItemId);
                if (index >= 0 && answer.Value is { } v)
                {
                    (perItem[index] ??= []).Add(v);
                }
            }
        }

        var commentGroups = Comments(instrument, ratings, plan, report);
        var itemGroups = new List<FeedbackItemGroup>();
        var others = new List<double>[items.Count];
        foreach (var group in report.Groups)
        {
            if (group.Kind == FeedbackGroupKind.AllOthers)
            {
                continue;
            }

            var exempt = group.Kind == FeedbackGroupKind.Self || (group.Kind == FeedbackGroupKind.Manager && options.ShowManagerSeparately);
            var perItem = groupAnswers[group.Kind];
            var stats = new FeedbackItemStatistics[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var values = perItem[i] ?? [];
                stats[i] = Describe(instrument, items[i], group.Kind, values, exempt ? 1 : t);
                if (group.Kind != FeedbackGroupKind.Self && !stats[i].IsWithheld)
                {
                    (others[i] ??= []).AddRange(values);
                }
            }

            itemGroups.Add(new FeedbackItemGroup { Kind = group.Kind, Items = stats.ToEquatableArray() });
        }

        var othersStats = new FeedbackItemStatistics[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            othersStats[i] = Describe(instrument, items[i], FeedbackGroupKind.AllOthers, others[i] ?? [], 1);
        }

        if (report.GetGroup(FeedbackGroupKind.AllOthers) is not null)
        {
            itemGroups.Add(new FeedbackItemGroup { Kind = FeedbackGroupKind.AllOthers, Items = othersStats.ToEquatableArray() });
        }

        var rated = othersStats.Select((s, i) => (Stats: s, Order: i)).Where(x => x.Stats.Mean is not null).ToList();
        var highest = rated.OrderByDescending(x => x.Stats.Mean).ThenBy(x => x.Order).Take(TopItems).Select(x => x.Stats).ToEquatableArray();
        var lowest = rated.OrderBy(x => x.Stats.Mean).ThenBy(x => x.Order).Take(TopItems).Select(x => x.Stats).ToEquatableArray();

        var blind = new List<(FeedbackItemGap Gap, int Order)>();
        var hidden = new List<(FeedbackItemGap Gap, int Order)>();
        if (itemGroups.FirstOrDefault(g => g.Kind == FeedbackGroupKind.Self) is { } self)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (self.Items[i].Mean is { } mine && othersStats[i].Mean is { } theirs)
                {
                    var gap = new FeedbackItemGap { ItemId = items[i].Id, Text = othersStats[i].Text, Self = mine, Others = theirs };
                    if (mine - theirs >= options.BlindSpotThreshold - 1e-12)
                    {
                        blind.Add((gap, i));
                    }
                    else if (theirs - mine >= options.HiddenStrengthThreshold - 1e-12)
                    {
                        hidden.Add((gap, i));
                    }
                }
            }
        }

        return new TargetFeedback
        {
            Report = report,
            ItemGroups = itemGroups.ToEquatableArray(),
            Withheld = Withheld(counts, plan, options),
            Highest = highest,
            Lowest = lowest,
            BlindSpots = blind.OrderByDescending(x => x.Gap.Gap).ThenBy(x => x.Order).Select(x => x.Gap).ToEquatableArray(),
            HiddenStrengths = hidden.OrderBy(x => x.Gap.Gap).ThenBy(x => x.Order).Select(x => x.Gap).ToEquatableArray(),
            CommentGroups = commentGroups,
        };
    }

    private static FeedbackReport WithPercentiles(FeedbackReport report, FeedbackOptions options)
    {
        if (options.SelfNorms is null && options.ObserverNorms is null)
        {
            return report;
        }

        // Self against self norms, every other group against observer norms; a perspective without its table gets none.
        var groups = report.Groups.Select(g =>
        {
            var table = g.Kind == FeedbackGroupKind.Self ? options.SelfNorms : options.ObserverNorms;
            return table is null ? g : g with
            {
                Indices = g.Indices.Select(i => i.Mean is { } m && table.TryGet(i.IndexId, out var norm) ? i with { Percentile = norm.PercentileOf(m) } : i).ToEquatableArray(),
            };
        });
        return report with { Groups = groups.ToEquatableArray() };
    }

    private static EquatableArray<FeedbackCommentGroup> Comments(Instrument instrument, List<(ResponseSet Set, LeadershipProfile Profile)> ratings, FeedbackGroupKind?[] plan, FeedbackReport report)
    {
        // Comments go with their group: a withheld role's comments are dropped with it, self's are not fed back.
        var byGroup = new Dictionary<FeedbackGroupKind, List<FeedbackComment>>();
        foreach (var (set, profile) in ratings)
        {
            if (profile.Role == RaterRole.Self || plan[(int)profile.Role] is not { } kind || kind == FeedbackGroupKind.Self)
            {
                continue;
            }

            foreach (var (questionId, text) in set.Comments)
            {
                if (!byGroup.TryGetValue(kind, out var list))
                {
                    byGroup.Add(kind, list = []);
                }

                list.Add(new FeedbackComment { QuestionId = questionId, Text = text });
            }
        }

        var groups = new List<FeedbackCommentGroup>();
        foreach (var group in report.Groups)
        {
            if (!byGroup.TryGetValue(group.Kind, out var list))
            {
                continue;
            }

            var ordered = new List<FeedbackComment>(list.Count);
            foreach (var question in instrument.OpenQuestions)
            {
                ordered.AddRange(CommentShuffle.Shuffle(list.Where(c => c.QuestionId == question.Id).Select(c => c.Text)).Select(text => new FeedbackComment { QuestionId = question.Id, Text = text }));
            }

            if (ordered.Count > 0)
            {
                groups.Add(new FeedbackCommentGroup { Kind = group.Kind, Comments = ordered.ToEquatableArray() });
            }
        }

        return groups.ToEquatableArray();
    }

    private static EquatableArray<WithheldGroup> Withheld(ReadOnlySpan<int> counts, FeedbackGroupKind?[] plan, FeedbackOptions options)
    {
        var withheld = new List<WithheldGroup>();
        foreach (var role in RaterRoles.All)
        {
            var r = (int)role;
            var n = counts[r];
            if (role == RaterRole.Self || n == 0 || plan[r] == (FeedbackGroupKind)r)
            {
                continue;
            }

            var merged = plan[r] == FeedbackGroupKind.CombinedOthers;
            var people = n == 1 ? "1 rater" : $"{n} raters";
            withheld.Add(new WithheldGroup
            {
                Group = (FeedbackGroupKind)r,
                Raters = n,
                IsMerged = merged,
                Reason = merged
                    ? $"{people}: not shown apart so that no group of fewer than {options.AnonymityThreshold} can be told apart; counted in other raters (combined)."
                    : $"{people}: fewer than {options.AnonymityThreshold} even when combined with the other small groups, so left out of every figure.",
            });
        }

        return withheld.ToEquatableArray();
    }

    private static FeedbackItemStatistics Describe(Instrument instrument, Item item, FeedbackGroupKind kind, List<double> values, int minimum)
    {
        // Each group is shown the wording it answered: the self form for self, the observer form ("This person…")
        // for everyone else; an instrument without an observer form falls back to the item's own text.
        var text = instrument.GetItemText(item.Id, kind == FeedbackGroupKind.Self ? FormIds.Self : FormIds.Observer);
        values.Sort(); // summed in a canonical order, so row order cannot change a bit of the mean
        return values.Count < minimum || values.Count == 0
            ? new FeedbackItemStatistics { ItemId = item.Id, Text = text, Count = values.Count, IsWithheld = values.Count > 0 }
            : new FeedbackItemStatistics { ItemId = item.Id, Text = text, Count = values.Count, Mean = values.Sum() / values.Count };
    }
}
