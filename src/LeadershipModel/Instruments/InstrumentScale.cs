namespace LeadershipModel.Instruments;

/// <summary>One scale of an instrument: the items that share a target.</summary>
/// <param name="Target">What the scale measures.</param>
/// <param name="ItemIndexes">The positions of its items in <see cref="Instrument.Items"/>.</param>
/// <param name="Reliability">Its known reliability, or <see langword="null"/>.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InstrumentScale(ItemTarget Target, EquatableArray<int> ItemIndexes, ScaleReliability? Reliability)
{
    /// <summary>Gets a value indicating whether the scale has fewer than three items, which makes its score weak.</summary>
    public bool IsShort => ItemIndexes.Count < 3;
}
