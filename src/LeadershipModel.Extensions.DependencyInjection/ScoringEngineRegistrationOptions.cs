using LeadershipModel.Scoring;

namespace LeadershipModel.Extensions.DependencyInjection;

/// <summary>
/// The configuration of one named engine: every configure action added for its name, in the order added. Filled
/// through <c>services.AddOptions&lt;ScoringEngineRegistrationOptions&gt;(name).Configure(...)</c>, so that each
/// call to <c>AddLeadershipModel</c> adds to it.
/// </summary>
/// <remarks>Not thread-safe while the container is being configured; read only once the container is built.</remarks>
internal sealed class ScoringEngineRegistrationOptions
{
    public List<Action<ScoringEngineBuilder, LeadershipModelBuilderContext>> ConfigureActions { get; } = [];
}
