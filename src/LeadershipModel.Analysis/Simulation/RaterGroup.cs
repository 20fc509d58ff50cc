using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>The raters of one role that rate each simulated target, and how they see the target.</summary>
/// <remarks>
/// <para>Each rater perceives every latent score of the target as <c>θ + λ + ε</c>: a leniency <c>λ</c> drawn once per
/// rater from <c>N(Bias, LeniencyStandardDeviation²)</c> and shared by all the rater's scales, and a fresh
/// <c>ε ~ N(0, NoiseStandardDeviation²)</c> per scale. The rater then answers from the perceived scores. A positive
/// <see cref="Bias"/> for <see cref="RaterRole.Self"/> simulates self-enhancement. Leniency and noise are added to
/// <c>θ_M</c>, <c>θ_L</c>, power bases and constructs; orientation is then derived from the perceived poles, so a
/// leniency shared by both poles leaves it unchanged.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors; that a self group has at
/// most one rater, and that roles are not repeated, is checked by <see cref="SimulationOptions.Raters"/>.</para>
/// </remarks>
public sealed record RaterGroup
{
    private readonly RaterRole _role;
    private readonly int _count = 1;
    private readonly double _bias;
    private readonly double _leniencyStandardDeviation;
    private readonly double _noiseStandardDeviation;

    /// <summary>Initializes a new group.</summary>
    /// <param name="role">The role.</param>
    /// <param name="count">Raters of this role per target; 0 or more (0 or 1 for <see cref="RaterRole.Self"/>).</param>
    /// <param name="bias">The mean leniency added to every perceived latent score.</param>
    /// <param name="leniencyStandardDeviation">The standard deviation of a rater's own leniency around <paramref name="bias"/>.</param>
    /// <param name="noiseStandardDeviation">The standard deviation of the perception error, per rater and scale.</param>
    [SetsRequiredMembers]
    public RaterGroup(RaterRole role, int count = 1, double bias = 0, double leniencyStandardDeviation = 0, double noiseStandardDeviation = 0)
    {
        Role = role;
        Count = count;
        Bias = bias;
        LeniencyStandardDeviation = leniencyStandardDeviation;
        NoiseStandardDeviation = noiseStandardDeviation;
    }

    /// <summary>Gets the role.</summary>
    public required RaterRole Role { get => _role; init => _role = Preconditions.Defined(value, nameof(Role)); }

    /// <summary>Gets the number of raters of this role per target.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Count
    {
        get => _count;
        init => _count = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Count), value, "The number of raters must not be negative.");
    }

    /// <summary>Gets the mean leniency added to every perceived latent score (positive = rates higher than the truth).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double Bias
    {
        get => _bias;
        init => _bias = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Bias), value, "The bias must be finite.");
    }

    /// <summary>Gets the standard deviation of each rater's own leniency around <see cref="Bias"/>; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double LeniencyStandardDeviation
    {
        get => _leniencyStandardDeviation;
        init => _leniencyStandardDeviation = NonNegative(value, nameof(LeniencyStandardDeviation));
    }

    /// <summary>Gets the standard deviation of the perception error, drawn per rater and scale; 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double NoiseStandardDeviation
    {
        get => _noiseStandardDeviation;
        init => _noiseStandardDeviation = NonNegative(value, nameof(NoiseStandardDeviation));
    }

    private static double NonNegative(double value, string name)
        => value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "The standard deviation must be non-negative and finite.");
}
