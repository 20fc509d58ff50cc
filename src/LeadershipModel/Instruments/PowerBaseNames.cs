namespace LeadershipModel.Instruments;

/// <summary>Converts <see cref="PowerBase"/> values to and from their stable kebab-case ids (<c>legitimate</c>, <c>reward</c>, …).</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PowerBaseNames
{
    /// <summary>Gets the id of a power base.</summary>
    /// <param name="powerBase">The power base.</param>
    /// <returns>Its id, such as <c>referent</c>.</returns>
    public static string ToId(PowerBase powerBase) => powerBase switch
    {
        PowerBase.Legitimate => "legitimate",
        PowerBase.Reward => "reward",
        PowerBase.Coercive => "coercive",
        PowerBase.Expert => "expert",
        PowerBase.Informational => "informational",
        PowerBase.Referent => "referent",
        _ => throw new ArgumentOutOfRangeException(nameof(powerBase), powerBase, "Unknown power base."),
    };

    /// <summary>Parses a power base id, ignoring case.</summary>
    /// <param name="id">The id.</param>
    /// <param name="powerBase">The power base, when known.</param>
    /// <returns><see langword="true"/> when the id names a power base.</returns>
    public static bool TryParse(string? id, out PowerBase powerBase)
    {
        foreach (var value in Enum.GetValues<PowerBase>())
        {
            if (string.Equals(ToId(value), id, StringComparison.OrdinalIgnoreCase))
            {
                powerBase = value;
                return true;
            }
        }

        powerBase = default;
        return false;
    }
}
