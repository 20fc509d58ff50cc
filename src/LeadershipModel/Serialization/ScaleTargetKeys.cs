using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// Parses the key of a scale's target (<see cref="ItemTarget.Key"/>) back into the target:
/// <c>base/{base}</c> is a power base, <c>construct/{id}</c> a construct, <c>{dimension}/management</c> and
/// <c>{dimension}/leadership</c> a pole, and a bare kebab-case id a dimension (bipolar).
/// </summary>
/// <remarks>A key starting <c>construct/</c> is always read as a construct, so a dimension with the id <c>construct</c> does not survive the round trip.</remarks>
internal static class ScaleTargetKeys
{
    private const string BasePrefix = "base/";
    private const string ConstructPrefix = "construct/";

    public static ItemTarget? TryParse(string key)
    {
        if (key.StartsWith(BasePrefix, StringComparison.Ordinal) && PowerBaseNames.TryParse(key[BasePrefix.Length..], out var powerBase) && PowerBaseNames.ToId(powerBase) == key[BasePrefix.Length..])
        {
            return ItemTarget.ForPowerBase(powerBase);
        }

        if (key.StartsWith(ConstructPrefix, StringComparison.Ordinal))
        {
            var id = key[ConstructPrefix.Length..];
            return Preconditions.IsKebabId(id) ? ItemTarget.ForConstruct(id) : null;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return Preconditions.IsKebabId(key) ? ItemTarget.ForDimension(key) : null;
        }

        var dimension = key[..slash];
        var pole = key[(slash + 1)..];
        return !Preconditions.IsKebabId(dimension) ? null
            : pole == "management" ? ItemTarget.ForPole(dimension, PoleKind.Management)
            : pole == "leadership" ? ItemTarget.ForPole(dimension, PoleKind.Leadership)
            : null;
    }
}
