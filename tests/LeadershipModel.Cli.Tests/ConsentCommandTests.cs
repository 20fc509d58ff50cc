using LeadershipModel.Consent;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Tests;

public sealed class ConsentCommandTests
{
    [Fact]
    public async Task Simulate_Json_IsTheLibrarysOutput_AndReproducible()
    {
        var a = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "withdrawal", "--seed", "1", "--format", "json");
        var b = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "withdrawal", "--seed", "1", "--format", "json");
        var c = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "withdrawal", "--seed", "2", "--format", "json");

        a.ExitCode.Should().Be(0, a.Error);
        a.Output.Should().Be(JsonFormats.ConsentSimulation.Write(ConsentSimulator.Run(ConsentScenarios.Withdrawal, 1)) + "\n");
        a.Output.Should().Be(b.Output);
        a.Output.Should().NotBe(c.Output);
    }

    [Fact]
    public async Task Simulate_Html_WritesTheChartPage()
    {
        using var temp = new TempFolder();
        var run = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "withdrawal", "--seed", "1", "--format", "html", "--out", temp.File("c.html"));

        run.ExitCode.Should().Be(0, run.Error);
        var html = File.ReadAllText(temp.File("c.html"));
        html.Should().Contain("<svg").And.Contain("Consent over time: withdrawal").And.Contain("not an empirical finding");
        run.Error.Should().Contain("wrote");
    }

    [Fact]
    public async Task Simulate_Csv_HasOneRowPerStepAndFollower()
    {
        var run = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "manager-stick", "--followers", "5", "--steps", "7", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("step,followerId,consenting,legitimate,reward,coercive,expert,informational,referent,influence,commitment,compliance,resistance,none,events");
        lines.Should().HaveCount(1 + (8 * 5));
        lines.Skip(1).Should().Contain(l => l.Contains("sanction-threatened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_Table_IsTheDefault_AndSaysTheRulesAreAssumptions()
    {
        var run = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "leader", "--steps", "3");
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Consent simulation 'leader'").And.Contain("illustrative assumptions").And.Contain("consenting");
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4 + 4);
    }

    [Fact]
    public async Task Simulate_ScenarioFile_IsRead_AndErrorsNameTheJsonPath()
    {
        using var temp = new TempFolder();
        var good = temp.Write("team.json", JsonFormats.ConsentScenario.Write(ConsentScenarios.Integrator with { Name = "my-team", Steps = 4 }));
        var bad = temp.Write("bad.json", """{"name": "bad", "grant": {"expert": 2, "informational": 0.4, "referent": 0.3}}""");

        var ok = await CliRun.InvokeAsync("consent", "simulate", "--scenario", good, "--format", "json");
        var broken = await CliRun.InvokeAsync("consent", "simulate", "--scenario", bad);
        var unknown = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "boss");

        ok.ExitCode.Should().Be(0, ok.Error);
        ok.Output.Should().Contain("\"scenario\": \"my-team\"");
        broken.ExitCode.Should().Be(1);
        broken.Error.Should().Contain("bad.json").And.Contain("$.grant.expert");
        unknown.ExitCode.Should().Be(1);
        unknown.Error.Should().Contain("'boss'").And.Contain("withdrawal");
    }

    [Fact]
    public async Task Simulate_FromAScoredProfile_StartsWithItsAuthority()
    {
        using var temp = new TempFolder();
        var sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");
        var score = await CliRun.InvokeAsync("score", sample, "--format", "json", "--out", temp.File("profiles.json"));
        score.ExitCode.Should().Be(0, score.Error);
        var first = JsonFormats.Profiles.Read(File.ReadAllText(temp.File("profiles.json"))).Value![0];

        var run = await CliRun.InvokeAsync("consent", "simulate", "--scenario", "withdrawal", "--profile", temp.File("profiles.json"), "--steps", "2", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var expected = ConsentSimulator.Run(ConsentScenarios.Withdrawal.StartingFrom(first.Authority!) with { Steps = 2 }, 1);
        run.Output.Should().Be(JsonFormats.ConsentSimulation.Write(expected) + "\n");
    }

    [Fact]
    public async Task Simulate_TheShippedExampleScenario_Runs()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "data", "consent-scenario.json");
        var run = await CliRun.InvokeAsync("consent", "simulate", "--scenario", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("\"scenario\": \"reorganisation\"").And.Contain("role-revoked").And.Contain("role-granted");
    }

    [Fact]
    public async Task Simulate_BadFollowerCount_ExitsOne()
    {
        var run = await CliRun.InvokeAsync("consent", "simulate", "--followers", "0");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--followers");
    }
}
