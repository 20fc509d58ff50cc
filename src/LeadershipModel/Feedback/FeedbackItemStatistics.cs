namespace LeadershipModel.Feedback;

/// <summary>One item in one published feedback group: how many raters answered it and their mean raw answer.</summary>
/// <remarks>
/// <para>The mean is of the raw answers on the instrument's scale (a reverse-worded item is not reversed), so it reads
/// as agreement with the item's text. In a group that needs anonymity an item fewer than the threshold answered is
/// withheld.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackItemStatistics
{
    /// <summary>Gets the item id.</summary>
    public required string ItemId { get; init; }

    /// <summary>Gets the item's text as this group answered it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets what the item measures (a pole, a dimension, a power base or a construct), or <see langword="null"/> when not given.</summary>
    public Instruments.ItemTarget? Target { get; init; }

    /// <summary>Gets a value indicating whether the item is reverse-keyed, so that a higher answer means less of its target.</summary>
    public bool IsReversed { get; init; }

    /// <summary>Gets the number of raters in the group who answered the item.</summary>
    public required int Count { get; init; }

    /// <summary>Gets the mean raw answer, or <see langword="null"/> when withheld.</summary>
    public double? Mean { get; init; }

    /// <summary>Gets a value indicating whether the figure is withheld to protect anonymity.</summary>
    public bool IsWithheld { get; init; }
}
