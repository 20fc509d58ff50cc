using LeadershipModel.Extensions.DependencyInjection;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipModel.Snippets.Readme;

#region di-enricher
/// <summary>A host service: which team a person belongs to.</summary>
public sealed class TeamDirectory
{
    public string TeamOf(string personId) => personId.StartsWith('T') ? "sales" : "engineering";
}

/// <summary>Adds the person's team to every profile; the container passes the directory to the constructor.</summary>
public sealed class TeamEnricher(TeamDirectory directory) : IProfileEnricher
{
    public static readonly ExtensionKey<string> Team = new("team");

    public string Name => "team";

    public void Enrich(in EnrichmentArguments arguments)
        => arguments.Extensions.Set(Team, directory.TeamOf(arguments.Profile.TargetId));
}
#endregion

/// <summary>The C# blocks of src/LeadershipModel.Extensions.DependencyInjection/README.md.</summary>
public static class DependencyInjectionReadme
{
    public static (ScoringEngine Default, ScoringEngine Research) Register(Instrument instrument, NormTable researchNorms)
    {
        #region di-register
        var services = new ServiceCollection();
        services.AddSingleton<TeamDirectory>();
        services.AddSingleton(researchNorms);

        // The default engine, with an enricher whose constructor takes TeamDirectory from the container.
        services.AddLeadershipModel(engine => engine.AddInstrument(instrument))
            .AddEnricher<TeamEnricher>();

        // A named engine configured with a host service.
        services.AddLeadershipModel("research", (engine, context) => engine
            .AddInstrument(instrument)
            .UseNorms(context.ServiceProvider.GetRequiredService<NormTable>()));

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        var research = provider.GetRequiredService<ScoringEngineProvider>().GetEngine("research");
        #endregion
        return (engine, research);
    }
}
