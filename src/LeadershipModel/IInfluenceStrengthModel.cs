namespace LeadershipModel;

/// <summary>
/// Turns the strengths of the power bases a person can use into one influence strength in [0, 1], the amount of
/// influence as opposed to its kind.
/// </summary>
/// <remarks>
/// An implementation must be homogeneous of degree 1 (scaling every base by λ scales the strength by λ), monotone
/// in every base, and 0 exactly when every base is 0. <see cref="MeanInfluenceStrengthModel"/> is the default.
/// Implementations must be thread-safe and deterministic.
/// </remarks>
public interface IInfluenceStrengthModel
{
    /// <summary>Computes the influence strength.</summary>
    /// <param name="bases">The strengths of the bases, in declaration order of <see cref="PowerBase"/>.</param>
    /// <returns>The strength in [0, 1].</returns>
    double Strength(EquatableArray<PowerBaseScore> bases);
}
