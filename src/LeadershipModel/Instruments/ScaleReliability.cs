using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// The known reliability of one scale (the items sharing a target) and the standard deviation of its score in
/// the unit metric [0, 1], from which the standard error of measurement follows: <c>SEM = SD·√(1 − r)</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ScaleReliability
{
    private readonly ItemTarget _target = null!;
    private readonly double _reliability;
    private readonly double _standardDeviation;

    /// <summary>Initializes a new value.</summary>
    /// <param name="target">The scale.</param>
    /// <param name="reliability">The reliability coefficient in [0, 1], such as Cronbach's alpha.</param>
    /// <param name="standardDeviation">The standard deviation of the scale score in the unit metric, in [0, 1].</param>
    [SetsRequiredMembers]
    public ScaleReliability(ItemTarget target, double reliability, double standardDeviation)
    {
        Target = target;
        Reliability = reliability;
        StandardDeviation = standardDeviation;
    }

    /// <summary>Gets the scale.</summary>
    public required ItemTarget Target { get => _target; init => _target = Preconditions.NotNull(value, nameof(Target)); }

    /// <summary>Gets the reliability coefficient in [0, 1].</summary>
    public required double Reliability { get => _reliability; init => _reliability = Preconditions.UnitInterval(value, nameof(Reliability)); }

    /// <summary>Gets the standard deviation of the scale score in the unit metric.</summary>
    public required double StandardDeviation { get => _standardDeviation; init => _standardDeviation = Preconditions.UnitInterval(value, nameof(StandardDeviation)); }

    /// <summary>Gets the standard error of measurement, <c>SD·√(1 − r)</c>.</summary>
    public double StandardErrorOfMeasurement => _standardDeviation * Math.Sqrt(1 - _reliability);
}
