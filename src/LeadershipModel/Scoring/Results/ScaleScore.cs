using LeadershipModel.Instruments;

namespace LeadershipModel.Scoring;

/// <summary>The score of one scale (the items sharing a target) in one response set.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScaleScore
{
    // Absent values are stored as NaN rather than as nullable doubles: a profile holds dozens of these.
    private readonly double _score = double.NaN;
    private readonly double _rawScore = double.NaN;
    private readonly double _standardError = double.NaN;

    /// <summary>Gets what the scale measures.</summary>
    public required ItemTarget Target { get; init; }

    /// <summary>Gets whether the scale was scored.</summary>
    public required ScaleStatus Status { get; init; }

    /// <summary>Gets the score in [0, 1] (keyed, scaled items combined by the scale scorer), or <see langword="null"/> when not scored.</summary>
    public double? Score { get => double.IsNaN(_score) ? null : _score; init => _score = value ?? double.NaN; }

    /// <summary>
    /// Gets the score in the instrument's answer metric: the (weighted) mean of the keyed answers, or for the
    /// sum method their prorated sum; <see langword="null"/> when not scored.
    /// </summary>
    public double? RawScore { get => double.IsNaN(_rawScore) ? null : _rawScore; init => _rawScore = value ?? double.NaN; }

    /// <summary>Gets the number of items answered (after validation).</summary>
    public required int ItemsAnswered { get; init; }

    /// <summary>Gets the number of items in the scale.</summary>
    public required int ItemCount { get; init; }

    /// <summary>Gets the standard error of measurement in the unit metric, when the scale's reliability is known.</summary>
    public double? StandardError { get => double.IsNaN(_standardError) ? null : _standardError; init => _standardError = value ?? double.NaN; }

    /// <summary>Gets a value indicating whether the scale has fewer than three items, which makes its score weak.</summary>
    public bool IsWeak => ItemCount < 3;
}
