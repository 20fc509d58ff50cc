using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Hosting;

public sealed class StartupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lm-webapi-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Startup_InvalidHostInstrument_FailsNamingTheFileAndEveryPath()
    {
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, """{ "id": "Not Kebab", "version": "1", "name": "x", "items": [] }""");
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ScoringApi:InstrumentPaths:0"] = path });

        var act = () => factory.CreateClient();

        var thrown = act.Should().Throw<Exception>().Which;
        var text = thrown.ToString();
        text.Should().Contain(path).And.Contain("$.id").And.Contain("$.items");
        text.Should().Contain("Cannot start");
    }

    [Fact]
    public void Startup_MissingNormsFile_FailsNamingTheFile()
    {
        var path = Path.Combine(_dir, "missing-norms.json");
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["ScoringApi:NormsPath"] = path });

        var act = () => factory.CreateClient();

        act.Should().Throw<Exception>().Which.ToString().Should().Contain(path).And.Contain("norm table");
    }

    [Fact]
    public async Task Startup_SuggestionCountFromConfiguration_ReachesTheEnricherThroughTheContainer()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["DevelopmentSuggestions:Count"] = "3" });
        using var client = factory.CreateClient();

        var json = await (await client.PostJsonTextAsync("/profiles", ResponseSets.Json(ResponseSets.Canonical()))).JsonAsync();

        json["extensions"]!["acme.development-focus"]!.GetValue<string>().Split(',').Should().HaveCount(3);
    }
}
