namespace LeadershipModel.Scoring;

/// <summary>Combines the keyed, scaled item values of one scale into a score in [0, 1].</summary>
/// <remarks>
/// Implementations must be thread-safe and must not keep the argument's memory after returning. A scorer that
/// throws, or returns a value outside [0, 1] other than NaN, rejects the set with
/// <see cref="RejectionCodes.PluginFailed"/>, naming it.
/// </remarks>
public interface IScaleScorer
{
    /// <summary>Gets the scorer's name, used in the options fingerprint and failure reports.</summary>
    string Name { get; }

    /// <summary>Scores one scale.</summary>
    /// <param name="arguments">The scale and its item values (NaN = unanswered after the missing-data step).</param>
    /// <returns>The score in [0, 1], or NaN when it cannot be scored.</returns>
    double Score(in ScaleScoringArguments arguments);
}
