using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>A normal distribution of one kind of latent score in the simulated population.</summary>
/// <remarks>
/// <para>Latent scores live on the simulation's latent metric, where 0 is the midpoint of the response scale and
/// <see cref="SimulationOptions.Spread"/> latent units span half its range.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record LatentDistribution
{
    private readonly double _mean;
    private readonly double _standardDeviation = 1;

    /// <summary>Initializes a new distribution.</summary>
    /// <param name="mean">The mean; finite.</param>
    /// <param name="standardDeviation">The standard deviation; positive and finite.</param>
    [SetsRequiredMembers]
    public LatentDistribution(double mean = 0, double standardDeviation = 1)
    {
        Mean = mean;
        StandardDeviation = standardDeviation;
    }

    /// <summary>Gets the standard normal distribution (mean 0, standard deviation 1).</summary>
    public static LatentDistribution Standard { get; } = new();

    /// <summary>Gets the mean.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double Mean
    {
        get => _mean;
        init => _mean = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Mean), value, "The mean must be finite.");
    }

    /// <summary>Gets the standard deviation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double StandardDeviation
    {
        get => _standardDeviation;
        init => _standardDeviation = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(StandardDeviation), value, "The standard deviation must be positive and finite.");
    }
}
