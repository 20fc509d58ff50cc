using LeadershipModel.Scoring;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LeadershipModel.Campaigns.ScoringApi.Hosting;

/// <summary>Healthy when the scoring engine is built; reports the instruments it scores.</summary>
/// <remarks>Thread-safe: the engine is immutable.</remarks>
/// <param name="engine">The engine from the container (built at startup).</param>
internal sealed class ScoringEngineHealthCheck(ScoringEngine engine) : IHealthCheck
{
    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(HealthCheckResult.Healthy(
            $"Scoring {engine.Instruments.Count} instruments: {string.Join(", ", engine.Instruments.Select(i => i.Id))}."));
}
