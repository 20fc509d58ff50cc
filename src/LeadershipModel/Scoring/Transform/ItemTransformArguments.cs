using LeadershipModel.Instruments;

namespace LeadershipModel.Scoring;

/// <summary>What an <see cref="IItemTransform"/> sees.</summary>
public readonly struct ItemTransformArguments
{
    internal ItemTransformArguments(Item item, ResponseScale scale, double rawValue)
    {
        Item = item;
        Scale = scale;
        RawValue = rawValue;
    }

    /// <summary>Gets the item.</summary>
    public Item Item { get; }

    /// <summary>Gets the instrument's response scale.</summary>
    public ResponseScale Scale { get; }

    /// <summary>Gets the raw answer, already validated against the scale.</summary>
    public double RawValue { get; }
}
