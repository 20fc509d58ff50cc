namespace LeadershipModel.Feedback;

/// <summary>An item on which self and others differ by at least a stated threshold: a blind spot or a hidden strength.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FeedbackItemGap
{
    /// <summary>Gets the item id.</summary>
    public required string ItemId { get; init; }

    /// <summary>Gets the item's text (the observer wording where the instrument has one).</summary>
    public required string Text { get; init; }

    /// <summary>Gets what the item measures (a pole, a dimension, a power base or a construct), or <see langword="null"/> when not given.</summary>
    public Instruments.ItemTarget? Target { get; init; }

    /// <summary>Gets a value indicating whether the item is reverse-keyed, so that a higher answer means less of its target.</summary>
    public bool IsReversed { get; init; }

    /// <summary>Gets the self answer.</summary>
    public required double Self { get; init; }

    /// <summary>Gets the mean answer of all others shown.</summary>
    public required double Others { get; init; }

    /// <summary>Gets self minus others.</summary>
    public double Gap => Self - Others;
}
