using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// What an item measures, and so which scale it belongs to: a dimension pole, a dimension as a whole (bipolar),
/// a power base, or a host-defined construct.
/// </summary>
/// <remarks>
/// <para>Create with <see cref="ForPole"/>, <see cref="ForDimension"/>, <see cref="ForPowerBase"/> or
/// <see cref="ForConstruct"/>. Items with equal targets form one scale.</para>
/// <para>This type is immutable and thread-safe; it has no <c>init</c> accessors, so a <see langword="with"/>
/// expression cannot combine fields that do not belong together.</para>
/// </remarks>
public sealed record ItemTarget
{
    private ItemTarget(ItemTargetKind kind, string? dimensionId, PoleKind? pole, PowerBase? powerBase, string? constructId)
    {
        Kind = kind;
        DimensionId = dimensionId;
        Pole = pole;
        PowerBase = powerBase;
        ConstructId = constructId;
    }

    /// <summary>Gets what kind of target this is.</summary>
    public ItemTargetKind Kind { get; }

    /// <summary>Gets the dimension id for <see cref="ItemTargetKind.Pole"/> and <see cref="ItemTargetKind.Dimension"/> targets.</summary>
    public string? DimensionId { get; }

    /// <summary>Gets the pole for <see cref="ItemTargetKind.Pole"/> targets.</summary>
    public PoleKind? Pole { get; }

    /// <summary>Gets the power base for <see cref="ItemTargetKind.PowerBase"/> targets.</summary>
    public PowerBase? PowerBase { get; }

    /// <summary>Gets the construct id for <see cref="ItemTargetKind.Construct"/> targets.</summary>
    public string? ConstructId { get; }

    /// <summary>Gets a stable key naming the scale, such as <c>control-influence/management</c>,
    /// <c>control-influence</c>, <c>base/referent</c> or <c>construct/psychological-safety</c>.</summary>
    public string Key => Kind switch
    {
        ItemTargetKind.Pole => $"{DimensionId}/{(Pole == PoleKind.Management ? "management" : "leadership")}",
        ItemTargetKind.Dimension => DimensionId!,
        ItemTargetKind.PowerBase => "base/" + PowerBaseNames.ToId(PowerBase!.Value),
        _ => "construct/" + ConstructId,
    };

    /// <summary>Creates a target for one pole of a dimension (a unipolar item).</summary>
    /// <param name="dimensionId">The dimension id.</param>
    /// <param name="pole">The pole.</param>
    /// <returns>The target.</returns>
    public static ItemTarget ForPole(string dimensionId, PoleKind pole)
        => new(ItemTargetKind.Pole, Preconditions.KebabId(dimensionId), Preconditions.Defined(pole), null, null);

    /// <summary>Creates a target for a dimension as a whole (a bipolar item: low = management, high = leadership).</summary>
    /// <param name="dimensionId">The dimension id.</param>
    /// <returns>The target.</returns>
    public static ItemTarget ForDimension(string dimensionId)
        => new(ItemTargetKind.Dimension, Preconditions.KebabId(dimensionId), null, null, null);

    /// <summary>Creates a target for a power base.</summary>
    /// <param name="powerBase">The power base.</param>
    /// <returns>The target.</returns>
    public static ItemTarget ForPowerBase(PowerBase powerBase)
        => new(ItemTargetKind.PowerBase, null, null, Preconditions.Defined(powerBase), null);

    /// <summary>Creates a target for a host-defined construct.</summary>
    /// <param name="constructId">The construct id (kebab-case).</param>
    /// <returns>The target.</returns>
    public static ItemTarget ForConstruct(string constructId)
        => new(ItemTargetKind.Construct, null, null, null, Preconditions.KebabId(constructId));

    /// <inheritdoc/>
    public override string ToString() => Key;
}
