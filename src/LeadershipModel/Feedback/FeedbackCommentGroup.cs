namespace LeadershipModel.Feedback;

/// <summary>The comments of one published rater group (self excluded), shown only when the group is shown.</summary>
/// <remarks>
/// <para>Comments are ordered by open question (in the instrument's order) and, within a question, shuffled with a
/// seed derived from the texts themselves, so the order depends only on what was written, never on the row order,
/// and the same data always gives the same order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackCommentGroup
{
    /// <summary>Gets the group.</summary>
    public required FeedbackGroupKind Kind { get; init; }

    /// <summary>Gets the comments.</summary>
    public required EquatableArray<FeedbackComment> Comments { get; init; }
}
