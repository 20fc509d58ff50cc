namespace LeadershipModel.Feedback;

/// <summary>The feedback one person may see: others' view by group, self beside it, items, gaps, and what is withheld.</summary>
/// <remarks>
/// <para>It holds no rater's id and no figure of a group smaller than the anonymity threshold (managers shown alone
/// excepted, as documented on <see cref="FeedbackAggregator"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TargetFeedback
{
    /// <summary>Gets the id of the person rated.</summary>
    public string TargetId => Report.TargetId;

    /// <summary>Gets the group figures per index and the self–other gaps.</summary>
    public required FeedbackReport Report { get; init; }

    /// <summary>Gets the item-level figures of each published group, self included, in the order of <see cref="FeedbackReport.Groups"/>.</summary>
    public required EquatableArray<FeedbackItemGroup> ItemGroups { get; init; }

    /// <summary>Gets the roles not shown as their own group, with their reasons.</summary>
    public required EquatableArray<WithheldGroup> Withheld { get; init; }

    /// <summary>Gets the items others rate highest (by mean; ties in item order).</summary>
    public required EquatableArray<FeedbackItemStatistics> Highest { get; init; }

    /// <summary>Gets the items others rate lowest (by mean; ties in item order).</summary>
    public required EquatableArray<FeedbackItemStatistics> Lowest { get; init; }

    /// <summary>Gets the items the person rates at least <see cref="FeedbackOptions.BlindSpotThreshold"/> above others, largest gap first.</summary>
    public required EquatableArray<FeedbackItemGap> BlindSpots { get; init; }

    /// <summary>Gets the items others rate at least <see cref="FeedbackOptions.HiddenStrengthThreshold"/> above the person, largest gap first.</summary>
    public required EquatableArray<FeedbackItemGap> HiddenStrengths { get; init; }

    /// <summary>Gets the comments of each published group other than self that wrote any, in the order of <see cref="FeedbackReport.Groups"/>; empty by default.</summary>
    public EquatableArray<FeedbackCommentGroup> CommentGroups { get; init; }

    /// <summary>Gets the comments of a group (empty when it is not published or wrote none).</summary>
    /// <param name="kind">The group.</param>
    /// <returns>The comments.</returns>
    public EquatableArray<FeedbackComment> GetComments(FeedbackGroupKind kind)
    {
        foreach (var g in CommentGroups)
        {
            if (g.Kind == kind)
            {
                return g.Comments;
            }
        }

        return default;
    }

    /// <summary>Gets the item figures of a group, or <see langword="null"/> when it is not published.</summary>
    /// <param name="kind">The group.</param>
    /// <returns>The items.</returns>
    public FeedbackItemGroup? GetItems(FeedbackGroupKind kind)
    {
        foreach (var g in ItemGroups)
        {
            if (g.Kind == kind)
            {
                return g;
            }
        }

        return null;
    }
}
