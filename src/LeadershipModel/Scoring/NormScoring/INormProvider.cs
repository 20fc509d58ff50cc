namespace LeadershipModel.Scoring;

/// <summary>Compares an index of a profile with norms. The default reads a <see cref="Norms.NormTable"/>.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
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
