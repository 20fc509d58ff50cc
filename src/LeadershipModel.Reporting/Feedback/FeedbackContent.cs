using System.Globalization;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Feedback;

/// <summary>
/// The sections of one person's feedback report, format-neutral (titles, paragraphs, tables), in reading order:
/// about the report, others' view, dimensions by group, highest and lowest items, blind spots and hidden strengths,
/// items by group, authority as others see it, withheld groups, comments, a development plan, what the numbers mean.
/// </summary>
internal static class FeedbackContent
{
    public static List<ReportSectionContent> Sections(FeedbackDocument document, TargetFeedback target, DimensionSet dimensions)
    {
        var c = CultureInfo.InvariantCulture;
        string N(double? v) => v is { } x ? x.ToString("F2", c) : "–";

        // A score with its percentile in the norms of its own perspective, when given (self norms for self only).
        string S(FeedbackIndexStatistics? s) => s?.Percentile is { } p ? $"{N(s.Mean)} (P{p.ToString("F0", c)})" : N(s?.Mean);
        string P(double? v) => v is { } x ? x.ToString("F1", c) : "–";
        string Signed(double v) => (v > 0 ? "+" : "") + v.ToString("F2", c);
        var report = target.Report;
        var others = report.Groups.Where(g => g.Kind != FeedbackGroupKind.Self).ToList();
        var self = report.GetGroup(FeedbackGroupKind.Self);
        var comparison = report.GetGroup(FeedbackGroupKind.AllOthers) ?? others.FirstOrDefault();
        var t = document.Options.AnonymityThreshold;
        var scale = $"{P(document.Scale.Min)} to {P(document.Scale.Max)}";
        var sections = new List<ReportSectionContent>();

        var about = new List<string>
        {
            ValidationNotice(document),
            $"{report.RaterCount - (self?.RaterCount ?? 0)} people besides you answered{(self is null ? "; you did not rate yourself" : ", and you rated yourself")}. "
                + $"Peers, direct reports and others are shown only in groups of at least {t} people, so no answer can be traced to one person"
                + (document.Options.ShowManagerSeparately ? "; your manager is shown on their own, as 360 reports usually do." : "."),
            "The report starts with how others see you. Your own rating is shown beside theirs, never first.",
        };
        if (document.Options.DescribeNorms() is { } norms)
        {
            about.Add(norms + " A percentile (P) is shown beside each score that has norms.");
        }

        sections.Add(new ReportSectionContent { Title = "About this report", Paragraphs = [.. about] });

        if (others.Count == 0)
        {
            sections.Add(new ReportSectionContent
            {
                Title = "How others see you",
                Paragraphs = ["No group of raters is large enough to be shown, so this report holds your self-rating only."],
            });
        }
        else
        {
            var rows = others.Select(g => new[] { GroupLabel(g.Kind), g.RaterCount.ToString(c), S(g.Get(IndexIds.Management)), S(g.Get(IndexIds.Leadership)), S(g.Get(IndexIds.Orientation)), S(g.Get(IndexIds.Integration)) }).ToList();
            if (self is not null)
            {
                rows.Add(["you (self)", "1", S(self.Get(IndexIds.Management)), S(self.Get(IndexIds.Leadership)), S(self.Get(IndexIds.Orientation)), S(self.Get(IndexIds.Integration))]);
            }

            sections.Add(new ReportSectionContent
            {
                Title = "How others see you",
                Paragraphs = ["Overall management (M) and leadership (L) strength from 0 to 1, orientation L − M from −1 to 1, and integration √(M·L), by rater group. \"people\" is the number of distinct people behind each row."],
                Tables = [ReportTable.Create(["group", "people", "management", "leadership", "orientation", "integration"], rows)],
            });
        }

        // Per dimension and pole: each shown group, all others, self, gap and agreement.
        var columns = new List<string> { "dimension", "pole" };
        columns.AddRange(others.Select(g => GroupLabel(g.Kind)));
        columns.AddRange(["self", "gap", "agreement"]);
        var dimRows = new List<string?[]>();
        foreach (var dimension in dimensions)
        {
            foreach (var (pole, label) in new[] { (IndexIds.Management, dimension.ManagementPole.Label), (IndexIds.Leadership, dimension.LeadershipPole.Label) })
            {
                var id = IndexIds.ForDimension(dimension.Id, pole);
                if (others.All(g => g.Get(id)?.Mean is null) && self?.Get(id)?.Mean is null)
                {
                    continue;
                }

                var row = new List<string?> { dimension.Name, label };
                row.AddRange(others.Select(g => S(g.Get(id))));
                row.Add(S(self?.Get(id)));
                var gap = report.Gaps.FirstOrDefault(x => x.IndexId == id);
                row.Add(gap is null ? "–" : Signed(gap.Gap));
                row.Add(gap is null ? "–" : Agreement(gap.Agreement));
                dimRows.Add([.. row]);
            }
        }

        if (dimRows.Count > 0)
        {
            sections.Add(new ReportSectionContent
            {
                Title = "The nineteen dimensions, pole by pole",
                Paragraphs =
                [
                    $"Each dimension has a management pole and a leadership pole, each scored from 0 to 1. The gap is your rating minus {(comparison is null ? "others'" : GroupLabel(comparison.Kind) + "'")} mean; within ±{N(document.Options.AgreementMargin)} you and they agree.",
                ],
                Tables = [ReportTable.Create(columns, dimRows)],
            });
        }

        var top = new List<ReportTable>();
        if (target.Highest.Count > 0)
        {
            top.Add(ReportTable.Create(["item", "others' mean"], target.Highest.Select(h => new[] { h.Text, P(h.Mean) }), "Rated highest by others"));
            top.Add(ReportTable.Create(["item", "others' mean"], target.Lowest.Select(h => new[] { h.Text, P(h.Mean) }), "Rated lowest by others"));
        }

        sections.Add(new ReportSectionContent
        {
            Title = "Highest and lowest rated items",
            Paragraphs = [top.Count > 0
                ? $"The five statements others agree with most and least (answers from {scale}; ties in questionnaire order)."
                : "No item has enough answers from others to be shown."],
            Tables = [.. top],
        });

        var gaps = new List<ReportTable>();
        if (target.BlindSpots.Count > 0)
        {
            gaps.Add(ReportTable.Create(["item", "you", "others", "gap"], target.BlindSpots.Select(b => new[] { b.Text, P(b.Self), P(b.Others), Signed(b.Gap) }), "Blind spots: you rate yourself higher than others do"));
        }

        if (target.HiddenStrengths.Count > 0)
        {
            gaps.Add(ReportTable.Create(["item", "you", "others", "gap"], target.HiddenStrengths.Select(b => new[] { b.Text, P(b.Self), P(b.Others), Signed(b.Gap) }), "Hidden strengths: others rate you higher than you do"));
        }

        sections.Add(new ReportSectionContent
        {
            Title = "Blind spots and hidden strengths",
            Paragraphs =
            [
                $"A blind spot is an item you rate at least {P(document.Options.BlindSpotThreshold)} point{(document.Options.BlindSpotThreshold == 1 ? "" : "s")} above the mean of all others shown; a hidden strength is one others rate at least {P(document.Options.HiddenStrengthThreshold)} point{(document.Options.HiddenStrengthThreshold == 1 ? "" : "s")} above you.",
                .. NoneNote(gaps.Count == 0, self is null ? "Without a self-rating there is nothing to compare." : "No item differs by that much."),
            ],
            Tables = [.. gaps],
        });

        var itemGroups = target.ItemGroups.Where(g => g.Kind != FeedbackGroupKind.Self).ToList();
        if (itemGroups.Count > 0)
        {
            var selfItems = target.GetItems(FeedbackGroupKind.Self);
            var itemColumns = new List<string> { "item" };
            itemColumns.AddRange(itemGroups.Select(g => GroupLabel(g.Kind)));
            if (selfItems is not null)
            {
                itemColumns.Add("self");
            }

            var itemRows = new List<string?[]>();
            var first = itemGroups[0].Items;
            for (var i = 0; i < first.Count; i++)
            {
                var row = new List<string?> { first[i].Text };
                row.AddRange(itemGroups.Select(g => g.Items[i].Mean is { } m ? $"{P(m)} (n={g.Items[i].Count})" : g.Items[i].IsWithheld ? "withheld" : "–"));
                if (selfItems is not null)
                {
                    row.Add(P(selfItems.Items[i].Mean));
                }

                itemRows.Add([.. row]);
            }

            sections.Add(new ReportSectionContent
            {
                Title = "Every item by group",
                Paragraphs = [$"Mean answer ({scale}) and the number who answered. Where fewer than {t} in a group answered an item, its figure is withheld."],
                Tables = [ReportTable.Create(itemColumns, itemRows)],
            });
        }

        var authorityColumns = new List<string> { "authority" };
        var authorityGroups = new List<FeedbackGroup>();
        if (self is not null)
        {
            authorityGroups.Add(self);
        }

        authorityGroups.AddRange(others);
        authorityColumns.AddRange(authorityGroups.Select(g => g.Kind == FeedbackGroupKind.Self ? "self" : GroupLabel(g.Kind)));
        var authorityRows = new List<string?[]>();
        foreach (var (id, label) in AuthorityRows())
        {
            if (authorityGroups.Any(g => g.Get(id)?.Mean is not null))
            {
                authorityRows.Add([label, .. authorityGroups.Select(g => N(g.Get(id)?.Mean))]);
            }
        }

        sections.Add(new ReportSectionContent
        {
            Title = "Authority as others see it",
            Paragraphs = authorityRows.Count == 0
                ? [AuthorityIntro, "This instrument does not measure authority."]
                : [AuthorityIntro],
            Tables = authorityRows.Count == 0 ? [] : [ReportTable.Create(authorityColumns, authorityRows)],
        });

        sections.Add(new ReportSectionContent
        {
            Title = "Groups not shown",
            Paragraphs = target.Withheld.Count == 0
                ? ["Every rater group is shown."]
                : [.. target.Withheld.Select(w => $"{Capitalised(GroupLabel(w.Group))}: {w.Reason}")],
        });

        sections.Add(new ReportSectionContent
        {
            Title = "Comments",
            Paragraphs = CommentParagraphs(document, target),
        });

        var keep = target.Highest.Take(3).Select(h => new[] { h.Text, $"others' mean {P(h.Mean)}" }).ToList();
        var priorities = target.BlindSpots.Select(b => (b.Text, Why: $"blind spot: you {Signed(b.Gap)} above others"))
            .Concat(target.Lowest.Select(l => (l.Text, Why: $"among the lowest rated: {P(l.Mean)}")))
            .DistinctBy(x => x.Text, StringComparer.Ordinal)
            .Take(3)
            .Select(x => new[] { x.Text, x.Why })
            .ToList();
        var planTables = new List<ReportTable>();
        if (keep.Count > 0)
        {
            planTables.Add(ReportTable.Create(["strength to keep", "why"], keep, "Strengths to keep"));
        }

        if (priorities.Count > 0)
        {
            planTables.Add(ReportTable.Create(["priority", "why"], priorities, "Priorities, from your blind spots and lowest items"));
        }

        planTables.Add(ReportTable.Create(
            ["priority", "what I will do (one concrete action)", "with whose help", "by when", "how I will know it worked"],
            Enumerable.Range(1, 3).Select(i => new[] { i.ToString(c), "\n\n", "", "", "" }),
            "My actions"));
        sections.Add(new ReportSectionContent
        {
            Title = "Development plan",
            Paragraphs = ["Use this page with your coach or manager: keep what works, choose two or three priorities, and write down what you will do and by when."],
            Tables = [.. planTables],
        });

        sections.Add(new ReportSectionContent { Title = "What the numbers mean", Paragraphs = [.. Explanations()] });
        return sections;
    }

    private const string AuthorityIntro = "Where your authority comes from, as your direct reports, peers and others see it, beside your own view: positional power granted by the organisation (legitimate, reward, coercive), expertise (expert, informational) and character (referent), which followers confer and can withdraw.";

    private static List<string> NoneNote(bool none, string note) => none ? [note] : [];

    public static string ValidationNotice(FeedbackDocument document) => document.IsValidated
        ? $"{document.InstrumentName} ({document.InstrumentId} {document.InstrumentVersion}) has been validated on human samples."
        : $"Not validated: {document.InstrumentName} ({document.InstrumentId} {document.InstrumentVersion}) has not yet been validated on human samples. Read the figures as a starting point for a conversation, not as a diagnosis.";

    public static string GroupLabel(FeedbackGroupKind kind) => kind switch
    {
        FeedbackGroupKind.Self => "you (self)",
        FeedbackGroupKind.AllOthers => "all others",
        _ => FeedbackSection.GroupName(kind),
    };

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Agreement(SelfOtherAgreement agreement) => agreement switch
    {
        SelfOtherAgreement.OverEstimator => "you rate higher",
        SelfOtherAgreement.UnderEstimator => "you rate lower",
        SelfOtherAgreement.InAgreementHigh => "agree, high",
        _ => "agree, low",
    };

    private static IEnumerable<(string Id, string Label)> AuthorityRows()
    {
        foreach (var b in new[] { PowerBase.Legitimate, PowerBase.Reward, PowerBase.Coercive, PowerBase.Expert, PowerBase.Informational, PowerBase.Referent })
        {
            yield return (IndexIds.ForPowerBase(b), Instruments.PowerBaseNames.ToId(b) + " power");
        }

        foreach (var s in new[] { AuthoritySource.Positional, AuthoritySource.Expertise, AuthoritySource.Character })
        {
            yield return (IndexIds.ForSource(s), s.ToString().ToLowerInvariant() + " (source)");
        }

        yield return (IndexIds.FollowerShare, "follower-conferred share");
    }

    private static IEnumerable<string> Explanations()
    {
        yield return "Management strength (M): how strongly the management pole of a dimension shows, from 0 (not at all) to 1 (fully): control, structure, stability, doing things right.";
        yield return "Leadership strength (L): the same for the leadership pole: influence, meaning, change, doing the right things.";
        yield return "Orientation (L − M): from −1 (all management) to +1 (all leadership); 0 is balanced. It says which way you lean, not how strong you are.";
        yield return "Integration √(M·L): high only when both poles are strong. The model holds that good leaders integrate both.";
        yield return "Quadrant: Manager (M high, L low), Leader (L high, M low), Integrator (both high), Disengaged (both low); \"high\" means at least 0.5 unless norms say otherwise.";
        yield return "Gap and agreement: your rating minus others' mean. Beyond the margin you rate yourself higher (over-estimate) or lower (under-estimate) than others do; within it you agree, on a high or a low level.";
        yield return "Item means: the mean answer to one statement on the questionnaire's scale; higher means more agreement with the statement as written.";
        yield return "Follower-conferred share: the part of your authority that comes from expertise and character, which followers grant and can take back, rather than from your position.";
        yield return "Commitment, compliance, resistance: what influence tends to earn. Authority from expertise and character earns commitment; legitimate and reward power earn compliance; coercion risks resistance.";
        yield return "What averages reveal: every figure is a mean over a group of at least the stated size. If you compare two reports made before and after one more person answered, the difference can reveal that person's answers; your feedback is therefore released once per round.";
    }

    private static EquatableArray<string> CommentParagraphs(FeedbackDocument document, TargetFeedback target)
    {
        if (document.OpenQuestions.Count == 0)
        {
            return ["This questionnaire asks no open questions, so there are no written comments."];
        }

        if (target.CommentGroups.Count == 0)
        {
            return ["No comments were written by a group that is shown."];
        }

        // Verbatim, by group and question; the order is shuffled from the texts themselves, never the row order,
        // and a group that is not shown brings no comments.
        var paragraphs = new List<string> { "Comments are printed as written, by rater group, in an order that does not follow who answered first." };
        foreach (var group in target.CommentGroups)
        {
            foreach (var question in document.OpenQuestions)
            {
                var texts = group.Comments.Where(c => c.QuestionId == question.Id).ToList();
                if (texts.Count == 0)
                {
                    continue;
                }

                paragraphs.Add($"{Capitalised(GroupLabel(group.Kind))}: {question.GetText(FormIds.Observer).Default}");
                paragraphs.AddRange(texts.Select(c => $"“{c.Text}”"));
            }
        }

        return paragraphs.ToEquatableArray();
    }
}
