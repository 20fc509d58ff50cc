using LeadershipModel.Internal;
namespace LeadershipModel.Analysis;

/// <summary>The population from which <see cref="ResponseSimulator"/> draws each target's true latent scores.</summary>
/// <remarks>
/// <para>Every dimension of the instrument gets a management score <c>θ_M</c> and a leadership score <c>θ_L</c>,
/// bivariate normal with correlation <see cref="PoleCorrelation"/>:
/// <c>θ_M = μ_M + σ_M·z₁</c>, <c>θ_L = μ_L + σ_L·(ρ·z₁ + √(1 − ρ²)·z₂)</c>. A positive correlation makes
/// integrators (both high) and disengaged people (both low) common; a negative one makes people lean to one pole.
/// A dimension's orientation score, which bipolar items measure, is <c>θ_O = (θ_L − θ_M)/√2</c>. Each power base and
/// construct the instrument measures gets an independent score. Dimensions are independent of each other.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record LatentPopulation
{
    private readonly LatentDistribution _management = LatentDistribution.Standard;
    private readonly LatentDistribution _leadership = LatentDistribution.Standard;
    private readonly LatentDistribution _powerBase = LatentDistribution.Standard;
    private readonly LatentDistribution _construct = LatentDistribution.Standard;
    private readonly double _poleCorrelation;

    /// <summary>Gets the default population: every latent score standard normal, poles uncorrelated.</summary>
    public static LatentPopulation Default { get; } = new();

    /// <summary>Gets the distribution of management-pole scores <c>θ_M</c>. Standard normal by default.</summary>
    public LatentDistribution Management { get => _management; init => _management = Preconditions.NotNull(value, nameof(Management)); }

    /// <summary>Gets the distribution of leadership-pole scores <c>θ_L</c>. Standard normal by default.</summary>
    public LatentDistribution Leadership { get => _leadership; init => _leadership = Preconditions.NotNull(value, nameof(Leadership)); }

    /// <summary>Gets the correlation of <c>θ_M</c> and <c>θ_L</c> within each dimension, in (−1, 1). 0 by default;
    /// positive values make integrators.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between −1 and 1.</exception>
    public double PoleCorrelation
    {
        get => _poleCorrelation;
        init => _poleCorrelation = value > -1 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(PoleCorrelation), value, "The correlation must lie strictly between -1 and 1.");
    }

    /// <summary>Gets the distribution of power-base scores. Standard normal by default.</summary>
    public LatentDistribution PowerBase { get => _powerBase; init => _powerBase = Preconditions.NotNull(value, nameof(PowerBase)); }

    /// <summary>Gets the distribution of construct scores. Standard normal by default.</summary>
    public LatentDistribution Construct { get => _construct; init => _construct = Preconditions.NotNull(value, nameof(Construct)); }

    /// <summary>Gets the population standard deviation of the orientation score <c>θ_O = (θ_L − θ_M)/√2</c>:
    /// <c>√((σ_M² + σ_L² − 2ρσ_Mσ_L)/2)</c>.</summary>
    public double OrientationStandardDeviation
    {
        get
        {
            var m = _management.StandardDeviation;
            var l = _leadership.StandardDeviation;
            return Math.Sqrt(((m * m) + (l * l) - (2 * _poleCorrelation * m * l)) / 2);
        }
    }
}
