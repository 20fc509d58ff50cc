using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of an item target: a dimension with an optional pole, a power base, or a construct.</summary>
internal sealed record TargetDto
{
    public string? Dimension { get; init; }

    public string? Pole { get; init; }

    public string? PowerBase { get; init; }

    public string? Construct { get; init; }

    public static TargetDto From(ItemTarget target) => target.Kind switch
    {
        ItemTargetKind.Pole => new() { Dimension = target.DimensionId, Pole = JsonNames.ToName(target.Pole!.Value) },
        ItemTargetKind.Dimension => new() { Dimension = target.DimensionId },
        ItemTargetKind.PowerBase => new() { PowerBase = PowerBaseNames.ToId(target.PowerBase!.Value) },
        _ => new() { Construct = target.ConstructId },
    };
}
