using System.Diagnostics.CodeAnalysis;
using System.ComponentModel.DataAnnotations;

namespace LeadershipModel.Campaigns.ScoringApi.Hosting;

/// <summary>The web API's settings, bound from the <c>ScoringApi</c> configuration section.</summary>
/// <remarks>Read once at startup; not changed afterwards.</remarks>
public sealed class ScoringApiOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ScoringApi";

    /// <summary>Gets or sets the company norm table (norm-table JSON), relative to the content root or the app folder.</summary>
    [Required]
    public string NormsPath { get; set; } = "ScoringApi/Data/company-norms.json";

    /// <summary>
    /// Gets or sets the host's own instruments (instrument JSON), added beside the canonical ones; <c>appsettings.json</c>
    /// names <c>ScoringApi/Data/acme-pulse.json</c>. Empty by default, because the configuration binder appends to an array.
    /// </summary>
    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Bound from configuration.")]
    public string[] InstrumentPaths { get; set; } = [];

    /// <summary>Gets or sets the largest body accepted by <c>POST /profiles</c>: 1 MiB by default.</summary>
    [Range(1, int.MaxValue)]
    public int MaxProfileBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the largest body accepted by <c>POST /profiles/batch</c>: 16 MiB by default.</summary>
    [Range(1, int.MaxValue)]
    public int MaxBatchBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Gets or sets the most response sets accepted in one batch: 5,000 by default.</summary>
    [Range(1, int.MaxValue)]
    public int MaxBatchCount { get; set; } = 5000;

    /// <summary>
    /// Gets or sets the largest response body of <c>POST /profiles/batch</c>: 256 MiB by default. The response is
    /// streamed as profiles are scored; one that would pass the limit is cut off by closing the connection, so that a
    /// client never takes a partial body for a whole one.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxBatchResponseBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// Gets or sets how many <c>POST /profiles/batch</c> requests are scored at once: 4 by default. More wait in a
    /// queue, so that the server's memory is bounded by this number rather than by the number of clients.
    /// </summary>
    [Range(1, 1024)]
    public int MaxConcurrentBatches { get; set; } = 4;

    /// <summary>
    /// Gets or sets how many batch requests may wait for a turn: 64 by default. Beyond that a batch gets 503 with
    /// problem details and a Retry-After header.
    /// </summary>
    [Range(0, 100_000)]
    public int BatchQueueLimit { get; set; } = 64;
}
