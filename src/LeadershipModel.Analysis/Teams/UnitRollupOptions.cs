using LeadershipModel.Teams;

namespace LeadershipModel.Analysis.Teams;

/// <summary>How <see cref="UnitRollup"/> builds a <see cref="UnitReport"/>.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record UnitRollupOptions
{
    private readonly int _minimumUnitSize = 3;
    private readonly int _anonymityThreshold = 3;
    private readonly double _highThreshold = 0.5;
    private readonly UnitPerspective _perspective;

    /// <summary>Gets the default options: self-assessments, units of at least 3, threshold 0.5.</summary>
    public static UnitRollupOptions Default { get; } = new();

    /// <summary>Gets the smallest unit shown; 3 by default (see <see cref="UnitReport"/> for why).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MinimumUnitSize
    {
        get => _minimumUnitSize;
        init => _minimumUnitSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumUnitSize), value, "The minimum unit size is at least 1.");
    }

    /// <summary>Gets whose view of each person counts; <see cref="UnitPerspective.Self"/> by default.</summary>
    public UnitPerspective Perspective
    {
        get => _perspective;
        init => _perspective = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Perspective), value, "Unknown perspective.");
    }

    /// <summary>Gets the smallest anonymous rater group used with <see cref="UnitPerspective.Others"/>; 3 by default, never below 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int AnonymityThreshold
    {
        get => _anonymityThreshold;
        init => _anonymityThreshold = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(AnonymityThreshold), value, "The anonymity threshold is at least 2.");
    }

    /// <summary>Gets the threshold in [0, 1] at or above which a strength is high; 0.5 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside [0, 1].</exception>
    public double HighThreshold
    {
        get => _highThreshold;
        init => _highThreshold = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(HighThreshold), value, "The threshold lies in [0, 1].");
    }
}
