namespace LeadershipModel.Analysis.Scoring;

/// <summary>The corrected item-total correlation of one keyed item: its correlation with the sum of the scale's other keyed items.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ItemTotalCorrelation
{
    /// <summary>Gets the key, such as <c>-A1</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the corrected item-total correlation, or <see langword="null"/> when it cannot be computed.</summary>
    public double? CorrectedR { get; init; }

    /// <summary>Gets a value indicating whether the item looks unreversed (or wrongly reversed): its corrected item-total correlation is negative.</summary>
    public bool LooksUnreversed => CorrectedR < 0;
}
