using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>
/// The expected influence outcome as an amount and a kind: four shares that sum to 1. <see cref="None"/> is
/// <c>1 − strength</c>; commitment, compliance and resistance are the strength times the outcome model's mix.
/// </summary>
/// <remarks>
/// <para>So losing half of one's authority lowers the influence, not only its mix: with every base at 0,
/// <see cref="None"/> is 1 and the other three are 0.</para>
/// <para>This type is immutable and thread-safe. It has no <c>init</c> accessors, so a <see langword="with"/>
/// expression cannot break the sum.</para>
/// </remarks>
public sealed record OutcomeShares
{
    private OutcomeShares(double strength, double commitment, double compliance, double resistance, double none)
    {
        Strength = strength;
        Commitment = commitment;
        Compliance = compliance;
        Resistance = resistance;
        None = none;
    }

    /// <summary>Gets the shares of no influence at all: strength 0, <see cref="None"/> 1.</summary>
    public static OutcomeShares NoInfluence { get; } = new(0, 0, 0, 0, 1);

    /// <summary>Gets the influence strength in [0, 1] (see <see cref="IInfluenceStrengthModel"/>).</summary>
    public double Strength { get; }

    /// <summary>Gets the share of <see cref="InfluenceOutcome.Commitment"/>: strength × the mix's commitment.</summary>
    public double Commitment { get; }

    /// <summary>Gets the share of <see cref="InfluenceOutcome.Compliance"/>: strength × the mix's compliance.</summary>
    public double Compliance { get; }

    /// <summary>Gets the share of <see cref="InfluenceOutcome.Resistance"/>: strength × the mix's resistance.</summary>
    public double Resistance { get; }

    /// <summary>Gets the share of <see cref="InfluenceOutcome.None"/>, no influence: <c>1 − strength</c>.</summary>
    public double None { get; }

    /// <summary>Gets the outcome with the largest share; ties go to the earlier of commitment, compliance, resistance, none.</summary>
    public InfluenceOutcome MostLikely
    {
        get
        {
            var best = InfluenceOutcome.Commitment;
            foreach (var outcome in (ReadOnlySpan<InfluenceOutcome>)[InfluenceOutcome.Compliance, InfluenceOutcome.Resistance, InfluenceOutcome.None])
            {
                if (Get(outcome) > Get(best))
                {
                    best = outcome;
                }
            }

            return best;
        }
    }

    /// <summary>Creates the shares from an influence strength and the outcome mix.</summary>
    /// <param name="strength">The influence strength in [0, 1].</param>
    /// <param name="mix">The mix of commitment, compliance and resistance; may be <see langword="null"/> only when <paramref name="strength"/> is 0.</param>
    /// <returns>The shares.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="strength"/> lies outside [0, 1].</exception>
    /// <exception cref="ArgumentNullException"><paramref name="mix"/> is <see langword="null"/> and the strength is positive.</exception>
    public static OutcomeShares Create(double strength, OutcomeWeights? mix)
    {
        Preconditions.UnitInterval(strength);
        if (strength == 0)
        {
            return NoInfluence;
        }

        mix = Preconditions.NotNull(mix);
        return new OutcomeShares(strength, strength * mix.Commitment, strength * mix.Compliance, strength * mix.Resistance, 1 - strength);
    }

    /// <summary>Rebuilds shares written before (the JSON reader), so that they read back bit for bit.</summary>
    internal static OutcomeShares Restore(double strength, double commitment, double compliance, double resistance, double none)
        => new(strength, commitment, compliance, resistance, none);

    /// <summary>Gets the share of one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Its share.</returns>
    public double Get(InfluenceOutcome outcome) => Preconditions.Defined(outcome) switch
    {
        InfluenceOutcome.Commitment => Commitment,
        InfluenceOutcome.Compliance => Compliance,
        InfluenceOutcome.Resistance => Resistance,
        _ => None,
    };

    /// <inheritdoc/>
    [ExcludeFromCodeCoverage]
    public override string ToString() => FormattableString.Invariant($"strength {Strength:0.###}: commitment {Commitment:0.###}, compliance {Compliance:0.###}, resistance {Resistance:0.###}, none {None:0.###}");
}
