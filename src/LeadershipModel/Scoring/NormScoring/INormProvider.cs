namespace LeadershipModel.Scoring;

/// <summary>Compares an index of a profile with norms. The default reads a <see cref="Norms.NormTable"/>.</summary>
/// <remarks>
/// Implementations must be thread-safe. A provider that throws, or returns a comparison for another index, a
/// percentile outside [0, 100] or a T-score that is not finite, is reported with its name in the profile's plug-in
/// failures, and the profile is scored as without norms.
/// </remarks>
public interface INormProvider
{
    /// <summary>Gets the provider's name, used in the options fingerprint and failure reports.</summary>
    string Name { get; }

    /// <summary>Compares one index.</summary>
    /// <param name="arguments">The index id and score.</param>
    /// <returns>The comparison, or <see langword="null"/> when the index is not normed.</returns>
    NormScore? Compare(in NormArguments arguments);

    /// <summary>Gets the standard error of measurement of an index from the norm sample, if known.</summary>
    /// <param name="indexId">The index id.</param>
    /// <returns>The standard error, or <see langword="null"/>.</returns>
    double? StandardError(string indexId);
}
