using LeadershipModel.Instruments;

namespace LeadershipModel.Scoring;

/// <summary>What an <see cref="IScaleScorer"/> sees.</summary>
/// <remarks>Valid only during the call: the value memory is reused afterwards.</remarks>
public readonly struct ScaleScoringArguments
{
    internal ScaleScoringArguments(ItemTarget target, EquatableArray<Item> items, ReadOnlyMemory<double> values, int answered)
    {
        Target = target;
        Items = items;
        Values = values;
        Answered = answered;
    }

    /// <summary>Gets what the scale measures.</summary>
    public ItemTarget Target { get; }

    /// <summary>Gets the scale's items, in instrument order.</summary>
    public EquatableArray<Item> Items { get; }

    /// <summary>Gets the keyed values in [0, 1], one per item in <see cref="Items"/> order; NaN where unanswered and not imputed.</summary>
    /// <remarks>Memory, not a span, because the arguments are a struct that may be copied; loop over <c>Values.Span</c>. Like every span and array its size is <c>Length</c>; collections of the library have <c>Count</c>.</remarks>
    public ReadOnlyMemory<double> Values { get; }

    /// <summary>Gets the number of items actually answered (imputed values not counted).</summary>
    public int Answered { get; }
}
