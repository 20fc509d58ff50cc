namespace LeadershipModel.Scoring;

/// <summary>Adds host-specific results to a profile, such as a development suggestion.</summary>
/// <remarks>
/// Implementations must be thread-safe. An enricher that throws is reported in the profile's diagnostics with its
/// name; whatever it added before throwing is discarded, and the rest of the profile is unaffected.
/// </remarks>
public interface IProfileEnricher
{
    /// <summary>Gets the enricher's name, used in failure reports and the options fingerprint.</summary>
    string Name { get; }

    /// <summary>Adds results through <see cref="EnrichmentArguments.Extensions"/>.</summary>
    /// <param name="arguments">The profile so far, the response set, and the extension collector.</param>
    void Enrich(in EnrichmentArguments arguments);
}
