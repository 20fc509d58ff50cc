using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Reliability;

/// <summary>Options for <see cref="ReliabilityAnalysis.Alpha"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AlphaOptions
{
    private readonly double? _min;
    private readonly double? _max;

    /// <summary>Gets the default options: reverse with the smallest and largest answer over the scale's items.</summary>
    public static AlphaOptions Default { get; } = new();

    /// <summary>
    /// Gets the smallest possible answer used to reverse items (<c>min + max − x</c>), or <see langword="null"/> for
    /// the smallest answer given to the scale's items, as psych does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double? Min { get => _min; init => _min = Preconditions.FiniteOrNull(value, nameof(Min)); }

    /// <summary>
    /// Gets the largest possible answer used to reverse items, or <see langword="null"/> for the largest answer given
    /// to the scale's items, as psych does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double? Max { get => _max; init => _max = Preconditions.FiniteOrNull(value, nameof(Max)); }
}
