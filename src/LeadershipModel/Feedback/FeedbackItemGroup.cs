namespace LeadershipModel.Feedback;

/// <summary>The item-level figures of one published group (the same groups as <see cref="FeedbackReport.Groups"/>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FeedbackItemGroup
{
    /// <summary>Gets the group.</summary>
    public required FeedbackGroupKind Kind { get; init; }

    /// <summary>Gets the items in the instrument's order.</summary>
    public required EquatableArray<FeedbackItemStatistics> Items { get; init; }
}
