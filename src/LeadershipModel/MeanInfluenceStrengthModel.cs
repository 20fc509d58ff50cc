namespace LeadershipModel;

/// <summary>
/// The default influence strength: the mean of the bases given (all six in a consent simulation; the measured ones
/// in an <see cref="AuthorityProfile"/>), or 0 when none is given.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class MeanInfluenceStrengthModel : IInfluenceStrengthModel
{
    private MeanInfluenceStrengthModel()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static MeanInfluenceStrengthModel Instance { get; } = new();

    /// <inheritdoc/>
    public double Strength(EquatableArray<PowerBaseScore> bases)
    {
        if (bases.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (var b in bases)
        {
            sum += b.Strength;
        }

        return Math.Clamp(sum / bases.Count, 0, 1);
    }
}
