using LeadershipModel.Campaigns.Data;
using LeadershipModel.Feedback;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// Builds a person's feedback from a campaign's submissions with the library: each submission is scored by the
/// <see cref="ScoringEngine"/>, <see cref="FeedbackAggregator"/> groups them under the campaign's anonymity threshold,
/// and Reporting's <see cref="FeedbackSection"/> renders the groups in the person's report. Only what the aggregator
/// publishes reaches the person; raters are scored under ids that name nobody.
/// </summary>
/// <remarks>This is the one place that turns responses into feedback. Scoped; not thread-safe.</remarks>
/// <param name="db">The store.</param>
/// <param name="catalog">The instruments.</param>
/// <param name="engine">The scoring engine.</param>
public sealed class FeedbackBuilder(CampaignsDbContext db, InstrumentCatalog catalog, ScoringEngine engine)
{
    /// <summary>Opens the person's feedback link: the feedback when the campaign is released, else nothing.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The feedback, or <see langword="null"/> for an unknown link or an unreleased campaign.</returns>
    public async Task<PersonFeedback?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = LinkTokens.Hash(token);
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Person)
            .FirstOrDefaultAsync(c => c.FeedbackTokenHash == hash, cancellationToken);
        return campaign is { Status: CampaignStatus.Released } && LinkTokens.Matches(campaign.FeedbackTokenHash, token)
            ? await BuildAsync(campaign, cancellationToken)
            : null;
    }

    /// <summary>Builds the feedback of a campaign.</summary>
    /// <param name="campaign">The campaign, with its person.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The feedback.</returns>
    public async Task<PersonFeedback> BuildAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var instrument = catalog.Find(campaign.InstrumentId, campaign.InstrumentVersion)!;
        var person = campaign.Person!.Name;

        // Ordered by the submission's random id: neither the order of answering nor the admin's labels show through.
        var submissions = (await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id).ToListAsync(cancellationToken))
            .OrderBy(s => s.Id).ToList();
        var profiles = new List<LeadershipProfile>();
        var scored = new List<Submission>();
        for (var i = 0; i < submissions.Count; i++)
        {
            var s = submissions[i];
            var respondent = s.Role == RaterRole.Self ? person : $"rater-{i + 1}";
            var answers = AnswerJson.ReadAnswers(s.Answers).Select(a => new KeyValuePair<string, double?>(a.Key, a.Value));
            var result = engine.Score(ResponseSet.Create(instrument.Id, instrument.Version, respondent, answers, s.Role, person));
            if (result.Profile is { } profile)
            {
                profiles.Add(profile);
                scored.Add(s);
            }
        }

        var options = new FeedbackOptions { AnonymityThreshold = campaign.AnonymityThreshold };
        var report = profiles.Count == 0 ? null : FeedbackAggregator.Aggregate(profiles, options);
        var self = profiles.FirstOrDefault(p => p.Role == RaterRole.Self);
        string? html = null;
        if (self is not null && report is not null)
        {
            var reportOptions = ReportOptions.Default with { Title = $"Feedback for {person}", Sections = [new FeedbackSection([report])] };
            html = HtmlReport.RenderFragment(self, instrument.Dimensions, reportOptions, "feedback-");
        }

        return new PersonFeedback
        {
            PersonName = person,
            CampaignTitle = campaign.Title,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            IsValidated = instrument.Definition.IsValidated,
            AnonymityThreshold = campaign.AnonymityThreshold,
            HasSelfAssessment = self is not null,
            Groups = report?.Groups.Select(g => new FeedbackGroupView(
                GroupName(g.Kind), g.RaterCount,
                g.Get(IndexIds.Management)?.Mean, g.Get(IndexIds.Leadership)?.Mean,
                g.Get(IndexIds.Orientation)?.Mean, g.Get(IndexIds.Integration)?.Mean)).ToList() ?? [],
            MergedRaters = report?.MergedRaterCount ?? 0,
            WithheldRaters = report?.WithheldRaterCount ?? 0,
            Gaps = report?.Gaps.Select(g => new FeedbackGap(g.IndexId, g.Self, g.Others, g.Gap, g.Agreement.ToString())).ToList() ?? [],
            Comments = report is null ? [] : Comments(report, scored),
            ReportHtml = html,
        };
    }

    /// <summary>Gets a group's name as the feedback JSON names it.</summary>
    /// <param name="kind">The group.</param>
    /// <returns>The name.</returns>
    public static string GroupName(FeedbackGroupKind kind) => kind switch
    {
        FeedbackGroupKind.Self => "self",
        FeedbackGroupKind.Manager => "manager",
        FeedbackGroupKind.Peer => "peer",
        FeedbackGroupKind.DirectReport => "direct-report",
        FeedbackGroupKind.Other => "other",
        FeedbackGroupKind.CombinedOthers => "others-combined",
        _ => "all-others",
    };

    /// <summary>
    /// The comments of the published groups: a role shown on its own keeps its name, a role merged into
    /// others-combined goes there, and a withheld role's comments are withheld with it. Within a group and question
    /// the comments are sorted by text, so their order says nothing about who wrote them.
    /// </summary>
    private static List<FeedbackComment> Comments(FeedbackReport report, List<Submission> scored)
    {
        // Only scored submissions count in a group, so only their comments are shown with it.
        var shown = report.Groups.Select(g => g.Kind).ToHashSet();
        var comments = new List<(FeedbackGroupKind Kind, FeedbackComment Comment)>();
        foreach (var s in scored)
        {
            var own = (FeedbackGroupKind)(int)s.Role;
            FeedbackGroupKind? group = shown.Contains(own) ? own
                : s.Role != RaterRole.Self && shown.Contains(FeedbackGroupKind.CombinedOthers) ? FeedbackGroupKind.CombinedOthers
                : null;
            if (group is not { } kind)
            {
                continue;
            }

            var form = s.Role == RaterRole.Self ? Forms.Self : Forms.Observer;
            foreach (var (questionId, text) in AnswerJson.ReadComments(s.Comments))
            {
                if (InstrumentCatalog.OpenQuestions.FirstOrDefault(q => q.Id == questionId) is { } question)
                {
                    comments.Add((kind, new FeedbackComment(GroupName(kind), questionId, InstrumentCatalog.QuestionText(question, form), text)));
                }
            }
        }

        return comments
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Comment.QuestionId, StringComparer.Ordinal)
            .ThenBy(c => c.Comment.Text, StringComparer.Ordinal)
            .Select(c => c.Comment)
            .ToList();
    }
}
