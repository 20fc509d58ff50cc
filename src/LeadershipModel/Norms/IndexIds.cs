using LeadershipModel.Instruments;

namespace LeadershipModel.Norms;

/// <summary>
/// The ids of the indices of a profile, used by norm tables: <c>management</c>, <c>leadership</c>,
/// <c>orientation</c>, <c>integration</c> (overall); <c>{dimension}/management</c> and the like per dimension;
/// <c>base/{base}</c>, <c>source/{source}</c>, <c>follower-share</c>; <c>construct/{id}</c>.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class IndexIds
{
    /// <summary>The overall management index.</summary>
    public const string Management = "management";

    /// <summary>The overall leadership index.</summary>
    public const string Leadership = "leadership";

    /// <summary>The overall orientation.</summary>
    public const string Orientation = "orientation";

    /// <summary>The overall integration.</summary>
    public const string Integration = "integration";

    /// <summary>The share of authority conferred by followers.</summary>
    public const string FollowerShare = "follower-share";

    /// <summary>Gets the id of a per-dimension index.</summary>
    /// <param name="dimensionId">The dimension id.</param>
    /// <param name="index">One of <see cref="Management"/>, <see cref="Leadership"/>, <see cref="Orientation"/>, <see cref="Integration"/>.</param>
    /// <returns>The id, such as <c>control-influence/management</c>.</returns>
    public static string ForDimension(string dimensionId, string index) => $"{dimensionId}/{index}";

    /// <summary>Gets the id of a power base index.</summary>
    /// <param name="powerBase">The base.</param>
    /// <returns>The id, such as <c>base/referent</c>.</returns>
    public static string ForPowerBase(PowerBase powerBase) => "base/" + PowerBaseNames.ToId(powerBase);

    /// <summary>Gets the id of an authority source index.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The id, such as <c>source/character</c>.</returns>
    public static string ForSource(AuthoritySource source) => "source/" + source.ToString().ToLowerInvariant();

    /// <summary>Gets the id of a construct index.</summary>
    /// <param name="constructId">The construct id.</param>
    /// <returns>The id, such as <c>construct/psychological-safety</c>.</returns>
    public static string ForConstruct(string constructId) => "construct/" + constructId;

    /// <summary>Gets the id of the index a scale of items aimed at a target is reported under.</summary>
    /// <param name="target">The items' target: a pole, a dimension (bipolar items), a power base or a construct.</param>
    /// <returns>The id, such as <c>visionary-planner/leadership</c>, <c>visionary-planner/orientation</c> for bipolar
    /// items, <c>base/expert</c> or <c>construct/psychological-safety</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public static string ForTarget(ItemTarget target) => Internal.Preconditions.NotNull(target).Kind switch
    {
        ItemTargetKind.Pole => ForDimension(target.DimensionId!, target.Pole == PoleKind.Management ? Management : Leadership),
        ItemTargetKind.Dimension => ForDimension(target.DimensionId!, Orientation),
        ItemTargetKind.PowerBase => ForPowerBase(target.PowerBase!.Value),
        _ => ForConstruct(target.ConstructId!),
    };
}
