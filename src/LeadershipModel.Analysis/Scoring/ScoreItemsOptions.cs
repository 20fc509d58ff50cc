using LeadershipModel.Analysis.Internal;
using LeadershipModel.Scoring;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Scoring;

/// <summary>Options for <see cref="ScaleScoring.ScoreItems"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScoreItemsOptions
{
    private readonly ImputationMethod _impute;
    private readonly double? _min;
    private readonly double? _max;
    private readonly int _maxDegreeOfParallelism = -1;

    /// <summary>Gets the default options: no imputation, reversing with the smallest and largest answer over all items scored.</summary>
    public static ScoreItemsOptions Default { get; } = new();

    /// <summary>
    /// Gets how missing answers are treated. Defaults to <see cref="ImputationMethod.None"/>; note that psych's own
    /// default is <c>"median"</c>, which fills answers nobody gave.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public ImputationMethod Impute { get => _impute; init => _impute = Preconditions.Defined(value, nameof(Impute)); }

    /// <summary>Gets the smallest possible answer used to reverse items, or <see langword="null"/> for the smallest answer over all items scored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double? Min { get => _min; init => _min = Preconditions.FiniteOrNull(value, nameof(Min)); }

    /// <summary>Gets the largest possible answer used to reverse items, or <see langword="null"/> for the largest answer over all items scored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public double? Max { get => _max; init => _max = Preconditions.FiniteOrNull(value, nameof(Max)); }

    /// <summary>
    /// Gets the largest number of threads the computation may use, or −1 (the default) for as many as the machine
    /// offers. Results do not depend on it: the sums behind them are exact integers (compact data) or computed in a
    /// fixed order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0 or less than −1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            if (value is 0 or < -1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Value must be -1 (no limit) or at least 1.");
            }

            _maxDegreeOfParallelism = value;
        }
    }
}
