using LeadershipModel.Norms;
using LeadershipModel.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipModel.Extensions.DependencyInjection.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void Readme_Example_IsThisCompiledTest()
    {
        var root = RepoRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "LeadershipModel.Extensions.DependencyInjection.Tests", "ReadmeTests.cs")).ReplaceLineEndings("\n");
        var start = source.IndexOf("#region readme\n", StringComparison.Ordinal) + "#region readme\n".Length;
        var end = source.IndexOf("        #endregion\n", start, StringComparison.Ordinal);
        var snippet = string.Join('\n', source[start..end].Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));

        var readme = File.ReadAllText(Path.Combine(root, "src", "LeadershipModel.Extensions.DependencyInjection", "README.md")).ReplaceLineEndings("\n");
        readme.Should().Contain("```csharp\n" + snippet + "```", "the package README shows this example verbatim");
    }

    [Fact]
    public void Readme_Example_Runs()
    {
        var instrument = TestInstruments.Small();
        var researchNorms = NormTable.Create("research", "Research norms", 100,
            [NormIndex.Create(IndexIds.Leadership, 100, [new NormPoint(0, 0), new NormPoint(1, 100)])]);

        #region readme
        var services = new ServiceCollection();
        services.AddSingleton<ISuggestionCatalog, SuggestionCatalog>();
        services.AddSingleton(researchNorms);

        // The default engine, with an enricher whose constructor takes ISuggestionCatalog from the container.
        services.AddLeadershipModel(engine => engine.AddInstrument(instrument))
            .AddEnricher<DevelopmentSuggestionEnricher>();

        // A named engine configured with a host service.
        services.AddLeadershipModel("research", (engine, context) => engine
            .AddInstrument(instrument)
            .UseNorms(context.ServiceProvider.GetRequiredService<NormTable>()));

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ScoringEngine>();
        var research = provider.GetRequiredService<ScoringEngineProvider>().GetEngine("research");
        #endregion

        var answers = TestInstruments.Answers(instrument);
        engine.Score(answers).Profile!.Extensions.GetValueOrDefault(DevelopmentSuggestionEnricher.Suggestion).Should().Be("Develop beta");
        research.Score(answers).Profile!.GetNorm(IndexIds.Leadership)!.Percentile.Should().BeApproximately(25, 1e-9, "overall L = mean(.375, .125)");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    }
}
