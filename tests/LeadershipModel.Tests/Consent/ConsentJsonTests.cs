using System.Text.Json.Nodes;
using LeadershipModel.Consent;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;
using LeadershipModel.Tests.Serialization;
using static LeadershipModel.Tests.Serialization.JsonSchemasTests;

namespace LeadershipModel.Tests.Consent;

public sealed class ConsentJsonTests
{
    public static TheoryData<string> BuiltInScenarios() => new(ConsentScenarios.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(BuiltInScenarios))]
    public void SimulationJson_OfEveryBuiltInScenario_SatisfiesItsSchema(string name)
    {
        ConsentScenarios.TryGet(name, out var scenario).Should().BeTrue();
        var json = JsonFormats.ConsentSimulation.Write(ConsentSimulator.Run(scenario!, 7));

        new MiniSchemaValidator(JsonSchemas.ConsentSimulation).Validate(JsonNode.Parse(json)).Should().BeEmpty();
    }

    [Fact]
    public void SimulationSchema_CatchesABrokenDocument()
    {
        var document = JsonNode.Parse(JsonFormats.ConsentSimulation.Write(ConsentSimulator.Run(ConsentScenarios.Withdrawal with { Steps = 2 }, 7)))!;
        document["steps"]![1]!["followers"]![0]!["bases"]!.AsArray().RemoveAt(5);
        document["steps"]![1]!["followers"]![0]!["events"]!.AsArray().Add("stick");
        document["steps"]![0]!["team"]!["consentingShare"] = 1.5;

        new MiniSchemaValidator(JsonSchemas.ConsentSimulation).Validate(document).Should().HaveCount(3);
    }

    [Fact]
    public void SimulationJson_FollowsTheContract()
    {
        var simulation = ConsentSimulator.Run(ConsentScenarios.Withdrawal, 1);
        var json = JsonNode.Parse(JsonFormats.ConsentSimulation.Write(simulation))!;

        json.AsObject().Select(p => p.Key).Should().Equal("scenario", "seed", "followers", "steps");
        json["scenario"]!.GetValue<string>().Should().Be("withdrawal");
        json["steps"]!.AsArray().Should().HaveCount(ConsentScenarios.Withdrawal.Steps + 1);
        var follower = json["steps"]![6]!["followers"]![0]!;
        follower.AsObject().Select(p => p.Key).Should().Equal("followerId", "consenting", "bases", "influence", "outcome", "events");
        follower["bases"]!.AsArray().Select(b => b!["base"]!.GetValue<string>()).Should().Equal("legitimate", "reward", "coercive", "expert", "informational", "referent");
        follower["consenting"]!.GetValue<bool>().Should().BeFalse();
        follower["bases"]!.AsArray().Skip(3).Select(b => b!["strength"]!.GetValue<double>()).Should().OnlyContain(x => x == 0);
        follower["events"]!.AsArray().Select(e => e!.GetValue<string>()).Should().StartWith("consent-withdrawn");
        follower["outcome"]!.AsObject().Select(p => p.Key).Should().Equal("commitment", "compliance", "resistance", "none");
        json["steps"]![6]!["team"]!.AsObject().Select(p => p.Key).Should().Equal("consentingShare", "influence", "totalInfluence", "outcome", "heldByLeversOnly");
        json["steps"]![0]!["followers"]!.AsArray().Should().OnlyContain(f => f!["events"]!.AsArray().Count == 0);
    }

    [Theory]
    [MemberData(nameof(BuiltInScenarios))]
    public void ScenarioJson_RoundTrips_AndSatisfiesItsSchema(string name)
    {
        ConsentScenarios.TryGet(name, out var scenario).Should().BeTrue();
        var json = JsonFormats.ConsentScenario.Write(scenario!);

        JsonFormats.ConsentScenario.Read(json).Value.Should().Be(scenario);
        new MiniSchemaValidator(JsonSchemas.ConsentScenario).Validate(JsonNode.Parse(json)).Should().BeEmpty();
    }

    [Fact]
    public void ScenarioJson_WithRoleEvents_RoundTrips()
    {
        var scenario = ConsentScenarios.Leader with { Script = [new ConsentScriptedEvent(2, ConsentEventKind.RoleGranted, new ConsentRole(0.5, 0.4, 0.3)), new ConsentScriptedEvent(5, ConsentEventKind.RoleRevoked)] };
        var json = JsonFormats.ConsentScenario.Write(scenario);
        JsonFormats.ConsentScenario.Read(json).Value.Should().Be(scenario);
        new MiniSchemaValidator(JsonSchemas.ConsentScenario).Validate(JsonNode.Parse(json)).Should().BeEmpty();
    }

    [Fact]
    public void ScenarioJson_Minimal_TakesTheDefaults()
    {
        var scenario = JsonFormats.ConsentScenario.Read("""{"name": "mine", "grant": {"expert": 0.5, "informational": 0.4, "referent": 0.3}}""").Value!;
        scenario.Followers.Should().Be(8);
        scenario.Steps.Should().Be(24);
        scenario.Role.Should().BeNull();
        scenario.Dynamics.Should().Be(ConsentDynamicsParameters.Default);
    }

    [Fact]
    public void ScenarioJson_Errors_NameEveryPathAtOnce()
    {
        var result = JsonFormats.ConsentScenario.Read("""
            {"name": "My Team", "followers": 0, "grant": {"expert": 1.5, "informational": 0.4},
             "phases": [{"fromStep": 3, "carrot": "sometimes"}, {"fromStep": 2}],
             "script": [{"step": 1, "event": "reward-offered"}, {"step": 2, "event": "role-granted"}],
             "dynamics": {"rewardBudget": -1, "speed": 2}}
            """);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.name", "$.followers", "$.grant.expert", "$.grant.referent", "$.phases[0].carrot", "$.phases[1].fromStep",
            "$.script[0].event", "$.script[1].role", "$.dynamics.rewardBudget", "$.dynamics.speed");
    }

    [Fact]
    public void ScenarioJson_RoleRevokedWithoutARole_IsAnErrorAtItsEvent()
    {
        var result = JsonFormats.ConsentScenario.Read("""{"name": "x", "grant": {"expert": 0.5, "informational": 0.4, "referent": 0.3}, "script": [{"step": 2, "event": "role-revoked"}]}""");
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.script[0].event");
        result.Errors[0].Message.Should().Contain("no role");
    }

    [Fact]
    public void ScenarioSchema_RequiredLists_MatchWhatTheReaderRequires()
        => AssertRequiredMatchesReader(JsonSchemas.ConsentScenario, JsonFormats.ConsentScenario.Write(ConsentScenarios.Withdrawal), j => JsonFormats.ConsentScenario.Read(j).Errors);

    [Fact]
    public void ScenarioSchema_Enums_MatchWhatTheReaderAccepts()
        => AssertEnumsMatchReader(JsonSchemas.ConsentScenario, JsonFormats.ConsentScenario.Write(ConsentScenarios.Withdrawal), j => JsonFormats.ConsentScenario.Read(j).Errors)
            .Should().BeEquivalentTo(["carrot", "stick", "event"]);

    [Fact]
    public void Schemas_AreDraft202012_WithTheirIds_AndMatchTheShippedFiles()
    {
        var folder = Path.Combine(RepoRoot(), "src", "LeadershipModel", "Schemas");
        foreach (var (text, id, file) in new[] { (JsonSchemas.ConsentScenario, JsonSchemas.ConsentScenarioSchemaId, "consent-scenario.v1.schema.json"), (JsonSchemas.ConsentSimulation, JsonSchemas.ConsentSimulationSchemaId, "consent-simulation.v1.schema.json") })
        {
            var schema = JsonNode.Parse(text)!;
            schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
            schema["$id"]!.GetValue<string>().Should().Be(id);
            text.Should().Be(File.ReadAllText(Path.Combine(folder, file)));
        }
    }

    [Fact]
    public void Schemas_SayTheRulesAreAssumptions()
    {
        JsonNode.Parse(JsonSchemas.ConsentSimulation)!["description"]!.GetValue<string>().Should().Contain("not empirical findings");
        JsonNode.Parse(JsonSchemas.ConsentScenario)!["description"]!.GetValue<string>().Should().Contain("not empirical findings");
        _ = InstrumentErrorCodes.Required;
    }
}
