namespace LeadershipModel.Analysis.Reliability;

/// <summary>Statistics of one item within a scale (psych's <c>item.stats</c> and <c>alpha.drop</c> rows).</summary>
/// <remarks>
/// <para>A reversed item is named by its key (<c>-A1</c>) and described reversed: its mean is the reversed mean and its
/// correlations are those of the keyed item. A figure that cannot be computed is <see langword="null"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record AlphaItemStatistics
{
    /// <summary>Gets the key, such as <c>-A1</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the item id, such as <c>A1</c>.</summary>
    public required string ItemId { get; init; }

    /// <summary>Gets a value indicating whether the item is reverse keyed.</summary>
    public bool Reversed { get; init; }

    /// <summary>Gets the number of respondents who answered the item.</summary>
    public int Count { get; init; }

    /// <summary>Gets the mean of the keyed item.</summary>
    public double? Mean { get; init; }

    /// <summary>Gets the standard deviation of the item.</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Gets the correlation of the keyed item with the total score (psych's <c>raw.r</c>, pairwise).</summary>
    public double? RawR { get; init; }

    /// <summary>Gets the item-total correlation from the correlation matrix (psych's <c>std.r</c>).</summary>
    public double? StandardizedR { get; init; }

    /// <summary>Gets the item-total correlation corrected for overlap and unreliability (psych's <c>r.cor</c>).</summary>
    public double? CorrectedR { get; init; }

    /// <summary>Gets the correlation of the item with the total of the other items (psych's <c>r.drop</c>).</summary>
    public double? RDrop { get; init; }

    /// <summary>Gets the scale figures without this item.</summary>
    public required AlphaIfDropped IfDropped { get; init; }
}
