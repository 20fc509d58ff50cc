namespace LeadershipModel.Scoring;

/// <summary>The default item transform: reverse keying, then scaling to [0, 1].</summary>
internal sealed class KeyedUnitTransform : IItemTransform
{
    public static KeyedUnitTransform Instance { get; } = new();

    public string Name => "keyed-unit";

    public double Transform(in ItemTransformArguments arguments)
    {
        var scale = arguments.Scale;
        var x = arguments.Item.IsReversed ? scale.Reverse(arguments.RawValue) : arguments.RawValue;
        return scale.ToUnit(x);
    }
}
