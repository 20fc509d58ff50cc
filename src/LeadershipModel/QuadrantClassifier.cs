using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>Classifies a pair of strengths into a <see cref="Quadrant"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class QuadrantClassifier
{
    /// <summary>The default threshold: a strength at or above 0.5 is high.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Classifies management and leadership strengths against a threshold.</summary>
    /// <param name="management">Management strength in [0, 1].</param>
    /// <param name="leadership">Leadership strength in [0, 1].</param>
    /// <param name="threshold">The threshold in [0, 1]; a strength at or above it is high.</param>
    /// <returns>The quadrant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value lies outside [0, 1].</exception>
    public static Quadrant Classify(double management, double leadership, double threshold = DefaultThreshold)
    {
        Preconditions.UnitInterval(management);
        Preconditions.UnitInterval(leadership);
        Preconditions.UnitInterval(threshold);
        return ClassifyChecked(management, leadership, threshold);
    }

    /// <summary>Classifies strengths and a threshold already known to lie in [0, 1], without checking them again.</summary>
    /// <param name="management">Management strength in [0, 1].</param>
    /// <param name="leadership">Leadership strength in [0, 1].</param>
    /// <param name="threshold">The threshold in [0, 1].</param>
    /// <returns>The quadrant, as <see cref="Classify"/> gives it.</returns>
    internal static Quadrant ClassifyChecked(double management, double leadership, double threshold)
    {
        var managementHigh = management >= threshold;
        var leadershipHigh = leadership >= threshold;
        return (managementHigh, leadershipHigh) switch
        {
            (true, true) => Quadrant.Integrator,
            (true, false) => Quadrant.Manager,
            (false, true) => Quadrant.Leader,
            _ => Quadrant.Disengaged,
        };
    }
}
