using System.Text.Json.Serialization;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// The feedback a person may see: published groups only, with the number of distinct raters behind each, the
/// self–other gaps and the comments of published groups. It holds no rater's id, label or single answers.
/// </summary>
public sealed record PersonFeedback
{
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

    /// <summary>Gets the comments of published groups, grouped, in an order that does not follow the raters.</summary>
    public required IReadOnlyList<FeedbackComment> Comments { get; init; }

    /// <summary>Gets the library's HTML report of the person (self profile with the 360 section), or <see langword="null"/> without a self-assessment.</summary>
    [JsonIgnore]
    public string? ReportHtml { get; init; }
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
