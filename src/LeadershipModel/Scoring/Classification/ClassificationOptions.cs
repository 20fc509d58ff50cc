using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Options of the classification step.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ClassificationOptions
{
    private readonly double _threshold = QuadrantClassifier.DefaultThreshold;

    /// <summary>Gets the threshold in [0, 1] at or above which a strength is high; 0.5 by default.</summary>
    public double Threshold { get => _threshold; init => _threshold = Preconditions.UnitInterval(value, nameof(Threshold)); }
}
