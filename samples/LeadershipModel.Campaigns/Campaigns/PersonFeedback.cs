using System.Text.Json.Serialization;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Feedback;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// The feedback a person may see, as the library's feedback document publishes it: published groups only, with the
/// number of distinct raters behind each, the self–other gaps and the comments of published groups. It holds no
/// rater's id, label or single answers.
/// </summary>
public sealed record PersonFeedback
{
    /// <summary>What the report says when nobody's answers could be scored.</summary>
    public const string NoAnswers = "No answers could be scored in this campaign, so there is no feedback to show.";

    /// <summary>Gets the person.</summary>
    public required string PersonName { get; init; }

    /// <summary>Gets the campaign's title.</summary>
    public required string CampaignTitle { get; init; }

    /// <summary>Gets the instrument's id.</summary>
    public required string InstrumentId { get; init; }

    /// <summary>Gets the instrument's version.</summary>
    public required string InstrumentVersion { get; init; }

    /// <summary>Gets whether the instrument is validated; the canonical ones are not, and every format says so.</summary>
    public required bool IsValidated { get; init; }

    /// <summary>Gets the anonymity threshold.</summary>
    public required int AnonymityThreshold { get; init; }

    /// <summary>Gets whether the person answered about themselves.</summary>
    public required bool HasSelfAssessment { get; init; }

    /// <summary>Gets the published groups.</summary>
    public required IReadOnlyList<FeedbackGroupView> Groups { get; init; }

    /// <summary>Gets the number of raters merged into others-combined.</summary>
    public required int MergedRaters { get; init; }

    /// <summary>Gets the number of raters left out of every figure (too few even combined).</summary>
    public required int WithheldRaters { get; init; }

    /// <summary>Gets the self–other gaps.</summary>
    public required IReadOnlyList<FeedbackGap> Gaps { get; init; }

    /// <summary>Gets the comments of published groups, by group and question, in the library's shuffled order that does not follow the raters.</summary>
    public required IReadOnlyList<FeedbackComment> Comments { get; init; }

    /// <summary>Gets the library's feedback document the figures come from.</summary>
    [JsonIgnore]
    public FeedbackDocument Document { get; init; } = null!;

    /// <summary>Gets the person's feedback in <see cref="Document"/>, or <see langword="null"/> when no answer could be scored.</summary>
    [JsonIgnore]
    public TargetFeedback? Target { get; init; }

    /// <summary>Gets the instrument's dimensions, for their names in the report.</summary>
    [JsonIgnore]
    public DimensionSet Dimensions { get; init; } = null!;

    /// <summary>Gets the library's HTML report as a fragment for the feedback page.</summary>
    [JsonIgnore]
    public string ReportHtml => Target is { } target
        ? FeedbackReportWriter.RenderFragment(Document, target, Dimensions)
        : "<p>" + System.Net.WebUtility.HtmlEncode(NoAnswers) + "</p>";

    /// <summary>Summarises the library's document for the person.</summary>
    /// <param name="campaignTitle">The campaign's title.</param>
    /// <param name="document">The document.</param>
    /// <param name="target">The person's feedback in it, if any.</param>
    /// <param name="dimensions">The instrument's dimensions.</param>
    /// <param name="personName">The person.</param>
    /// <returns>The feedback.</returns>
    public static PersonFeedback Create(string campaignTitle, FeedbackDocument document, TargetFeedback? target, DimensionSet dimensions, string personName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = target?.Report;
        var questions = document.OpenQuestions.ToDictionary(q => q.Id, q => q.GetText(FormIds.Observer).Default, StringComparer.Ordinal);
        return new PersonFeedback
        {
            PersonName = personName,
            CampaignTitle = campaignTitle,
            InstrumentId = document.InstrumentId,
            InstrumentVersion = document.InstrumentVersion,
            IsValidated = document.IsValidated,
            AnonymityThreshold = document.Options.AnonymityThreshold,
            HasSelfAssessment = report?.GetGroup(FeedbackGroupKind.Self) is not null,
            Groups = report?.Groups.Select(g => new FeedbackGroupView(
                FeedbackNames.ToId(g.Kind), g.RaterCount,
                g.Get(IndexIds.Management)?.Mean, g.Get(IndexIds.Leadership)?.Mean,
                g.Get(IndexIds.Orientation)?.Mean, g.Get(IndexIds.Integration)?.Mean)).ToList() ?? [],
            MergedRaters = report?.MergedRaterCount ?? 0,
            WithheldRaters = report?.WithheldRaterCount ?? 0,
            Gaps = report?.Gaps.Select(g => new FeedbackGap(g.IndexId, g.Self, g.Others, g.Gap, FeedbackNames.ToId(g.Agreement))).ToList() ?? [],
            Comments = target?.CommentGroups
                .SelectMany(g => g.Comments.Select(c => new FeedbackComment(FeedbackNames.ToId(g.Kind), c.QuestionId, questions.GetValueOrDefault(c.QuestionId, c.QuestionId), c.Text)))
                .ToList() ?? [],
            Document = document,
            Target = target,
            Dimensions = dimensions,
        };
    }
}

/// <summary>A published rater group.</summary>
/// <param name="Group">self, manager, peer, direct-report, other, others-combined or all-others.</param>
/// <param name="Raters">The number of distinct people behind its figures.</param>
/// <param name="Management">The mean overall management index.</param>
/// <param name="Leadership">The mean overall leadership index.</param>
/// <param name="Orientation">The mean orientation.</param>
/// <param name="Integration">The mean integration.</param>
public sealed record FeedbackGroupView(string Group, int Raters, double? Management, double? Leadership, double? Orientation, double? Integration);

/// <summary>A self–other gap.</summary>
/// <param name="IndexId">The index.</param>
/// <param name="Self">The self score.</param>
/// <param name="Others">The others' mean.</param>
/// <param name="Gap">Self minus others.</param>
/// <param name="Agreement">The agreement category.</param>
public sealed record FeedbackGap(string IndexId, double Self, double Others, double Gap, string Agreement);

/// <summary>A comment, shown word for word within its group.</summary>
/// <param name="Group">The group.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="Question">The question's text.</param>
/// <param name="Text">The comment.</param>
public sealed record FeedbackComment(string Group, string QuestionId, string Question, string Text);
