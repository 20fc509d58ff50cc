namespace LeadershipModel.Feedback;

/// <summary>The 360 feedback of one target: the published rater groups, how many raters were merged or withheld, and the self–other gaps.</summary>
/// <remarks>
/// <para>Ids are data: escaping them for display is the renderer's job. See <see cref="FeedbackAggregator"/> for the
/// rules that decide which groups are published.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackReport
{
    /// <summary>Gets the id of the person rated.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets the published groups, in the order of <see cref="FeedbackGroupKind"/>.</summary>
    public required EquatableArray<FeedbackGroup> Groups { get; init; }

    /// <summary>Gets the number of raters (self included) whose profiles were given.</summary>
    public required int RaterCount { get; init; }

    /// <summary>Gets the number of raters shown only within <see cref="FeedbackGroupKind.CombinedOthers"/>, not in a group of their role.</summary>
    public int MergedRaterCount { get; init; }

    /// <summary>Gets the number of raters left out of every figure because even merged they were fewer than the threshold.</summary>
    public int WithheldRaterCount { get; init; }

    /// <summary>Gets the anonymity threshold applied.</summary>
    public required int AnonymityThreshold { get; init; }

    /// <summary>Gets the margin within which self and others agree.</summary>
    public required double AgreementMargin { get; init; }

    /// <summary>Gets the group self was compared with, or <see langword="null"/> when there are no gaps.</summary>
    public FeedbackGroupKind? ComparisonGroup { get; init; }

    /// <summary>Gets the self–other gaps: per dimension M, L and integration, then overall management, leadership and integration; empty without a self-rating or others.</summary>
    public EquatableArray<SelfOtherGap> Gaps { get; init; }

    /// <summary>Gets a published group, or <see langword="null"/> when it is not published.</summary>
    /// <param name="kind">The group kind.</param>
    /// <returns>The group.</returns>
    public FeedbackGroup? GetGroup(FeedbackGroupKind kind)
    {
        foreach (var g in Groups)
        {
            if (g.Kind == kind)
            {
                return g;
            }
        }

        return null;
    }
}
