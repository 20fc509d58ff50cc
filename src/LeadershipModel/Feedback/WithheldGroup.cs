namespace LeadershipModel.Feedback;

/// <summary>A rater role that is not shown as its own group, with how many raters it holds and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record WithheldGroup
{
    /// <summary>Gets the role's group kind (<see cref="FeedbackGroupKind.Manager"/> … <see cref="FeedbackGroupKind.Other"/>).</summary>
    public required FeedbackGroupKind Group { get; init; }

    /// <summary>Gets the number of distinct raters in the role.</summary>
    public required int Raters { get; init; }

    /// <summary>Gets a value indicating whether the raters still count in <see cref="FeedbackGroupKind.CombinedOthers"/>; otherwise they are in no figure.</summary>
    public required bool IsMerged { get; init; }

    /// <summary>Gets the reason in words.</summary>
    public required string Reason { get; init; }
}
