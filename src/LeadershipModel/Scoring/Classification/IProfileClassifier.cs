namespace LeadershipModel.Scoring;

/// <summary>Names the overall profile type. The default names the overall quadrant ("Manager", "Leader", "Integrator", "Disengaged").</summary>
/// <remarks>Implementations must be thread-safe. A classifier that throws is reported with its name in the profile's plug-in failures, and the profile has no type.</remarks>
public interface IProfileClassifier
{
    /// <summary>Gets the classifier's name, used in the options fingerprint and failure reports.</summary>
    string Name { get; }

    /// <summary>Classifies a profile.</summary>
    /// <param name="arguments">The overall indices and the dimension results.</param>
    /// <returns>The profile type, or <see langword="null"/> when it cannot be told.</returns>
    string? Classify(in ClassificationArguments arguments);
}
