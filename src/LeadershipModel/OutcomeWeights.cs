using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>Non-negative weights of the three influence outcomes, summing to 1.</summary>
/// <remarks>
/// <para>Construct with <see cref="Create"/>, which normalises any non-negative weights with a positive sum.</para>
/// <para>This type is immutable and thread-safe. It has no <c>init</c> accessors, so a <see langword="with"/>
/// expression cannot break the sum.</para>
/// </remarks>
public sealed record OutcomeWeights
{
    private OutcomeWeights(double commitment, double compliance, double resistance)
    {
        Commitment = commitment;
        Compliance = compliance;
        Resistance = resistance;
    }

    /// <summary>Gets the weight of <see cref="InfluenceOutcome.Commitment"/>.</summary>
    public double Commitment { get; }

    /// <summary>Gets the weight of <see cref="InfluenceOutcome.Compliance"/>.</summary>
    public double Compliance { get; }

    /// <summary>Gets the weight of <see cref="InfluenceOutcome.Resistance"/>.</summary>
    public double Resistance { get; }

    /// <summary>Gets the outcome with the largest weight; ties go to the earlier of commitment, compliance, resistance.</summary>
    public InfluenceOutcome MostLikely =>
        Commitment >= Compliance && Commitment >= Resistance ? InfluenceOutcome.Commitment
        : Compliance >= Resistance ? InfluenceOutcome.Compliance
        : InfluenceOutcome.Resistance;

    /// <summary>Creates weights, normalised to sum to 1.</summary>
    /// <param name="commitment">The weight of commitment, at least 0.</param>
    /// <param name="compliance">The weight of compliance, at least 0.</param>
    /// <param name="resistance">The weight of resistance, at least 0.</param>
    /// <returns>The normalised weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or all are zero.</exception>
    public static OutcomeWeights Create(double commitment, double compliance, double resistance)
    {
        Preconditions.InRange(commitment, 0, double.MaxValue);
        Preconditions.InRange(compliance, 0, double.MaxValue);
        Preconditions.InRange(resistance, 0, double.MaxValue);
        var sum = commitment + compliance + resistance;
        if (!(sum > 0) || !double.IsFinite(sum))
        {
            throw new ArgumentOutOfRangeException(nameof(commitment), "At least one outcome weight must be positive, and their sum finite.");
        }

        return new OutcomeWeights(commitment / sum, compliance / sum, resistance / sum);
    }

    /// <summary>Rebuilds weights that were normalised before (the JSON reader), without dividing again, so that they read back bit for bit.</summary>
    internal static OutcomeWeights Restore(double commitment, double compliance, double resistance) => new(commitment, compliance, resistance);

    /// <summary>Gets the weight of one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Its weight; 0 for <see cref="InfluenceOutcome.None"/>, which a mix of the three outcomes does not hold.</returns>
    public double Get(InfluenceOutcome outcome) => Preconditions.Defined(outcome) switch
    {
        InfluenceOutcome.Commitment => Commitment,
        InfluenceOutcome.Compliance => Compliance,
        InfluenceOutcome.Resistance => Resistance,
        _ => 0,
    };

    /// <inheritdoc/>
    [ExcludeFromCodeCoverage]
    public override string ToString() => FormattableString.Invariant($"commitment {Commitment:0.###}, compliance {Compliance:0.###}, resistance {Resistance:0.###}");
}
