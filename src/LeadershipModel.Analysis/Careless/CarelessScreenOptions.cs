namespace LeadershipModel.Analysis.Careless;

/// <summary>Thresholds for <see cref="CarelessScreen.Screen"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CarelessScreenOptions
{
    private readonly int? _longStringThreshold;
    private readonly double _lowVariabilityThreshold;

    /// <summary>Gets the default options.</summary>
    public static CarelessScreenOptions Default { get; } = new();

    /// <summary>
    /// Gets the run length at or above which a respondent is flagged for a long string, or <see langword="null"/> for
    /// half the items, rounded up.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 2.</exception>
    public int? LongStringThreshold
    {
        get => _longStringThreshold;
        init
        {
            if (value is < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(LongStringThreshold), value, "A run needs at least two answers.");
            }

            _longStringThreshold = value;
        }
    }

    /// <summary>Gets the IRV at or below which a respondent is flagged for low variability. Defaults to 0 (the same answer to every item).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or not finite.</exception>
    public double LowVariabilityThreshold
    {
        get => _lowVariabilityThreshold;
        init
        {
            if (!(value >= 0 && double.IsFinite(value)))
            {
                throw new ArgumentOutOfRangeException(nameof(LowVariabilityThreshold), value, "Value must be a finite number at or above 0.");
            }

            _lowVariabilityThreshold = value;
        }
    }
}
