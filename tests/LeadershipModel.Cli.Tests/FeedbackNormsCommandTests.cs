using System.Text.Json;

namespace LeadershipModel.Cli.Tests;

public sealed class FeedbackNormsCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    private static async Task<string> Norms(TempFolder temp, string name, params string[] flags)
    {
        var path = temp.File(name);
        var run = await CliRun.InvokeAsync(["norms", "build", Sample, "--out", path, .. flags]);
        run.ExitCode.Should().Be(0, run.Error);
        return path;
    }

    [Fact]
    public async Task BothNorms_SelfAgainstSelfNorms_OthersAgainstObserverNorms()
    {
        using var temp = new TempFolder();
        var self = await Norms(temp, "self.json", "--self-only");
        var observer = await Norms(temp, "observer.json", "--observers-only");
        File.ReadAllText(self).Should().Contain("\"perspective\": \"self\"");
        File.ReadAllText(observer).Should().Contain("\"perspective\": \"observer\"");

        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", "json", "--norms", self, "--norms", observer);

        run.ExitCode.Should().Be(0, run.Error);
        var root = JsonDocument.Parse(run.Output).RootElement;
        root.GetProperty("norms").GetProperty("self").GetProperty("sampleSize").GetInt32().Should().Be(4, "four people rated themselves");
        root.GetProperty("norms").GetProperty("observer").GetProperty("sampleSize").GetInt32().Should().Be(32, "eight others rated each of four people");
        var target = root.GetProperty("targets")[0];
        target.GetProperty("self").GetProperty("percentiles").GetProperty("leadership").GetDouble().Should().BeInRange(0, 100);
        target.GetProperty("groups")[0].GetProperty("percentiles").GetProperty("leadership").GetDouble().Should().BeInRange(0, 100);
    }

    [Fact]
    public async Task OnlySelfNorms_SaysSo_AndOthersGetNoPercentile()
    {
        using var temp = new TempFolder();
        var self = await Norms(temp, "self.json", "--self-only");

        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--norms", self);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("holds self-ratings only");
        var othersRow = run.Output.Split('\n').First(l => l.StartsWith("all others", StringComparison.Ordinal));
        othersRow.Should().NotContain("(P");
        run.Output.Split('\n').First(l => l.StartsWith("you (self)", StringComparison.Ordinal)).Should().Contain("(P");
    }

    [Fact]
    public async Task ANormTableWithoutPerspective_IsRefused_NotMixed()
    {
        using var temp = new TempFolder();
        var mixed = await Norms(temp, "mixed.json");

        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--norms", mixed);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("mixed.json").And.Contain("--self-only").And.Contain("--observers-only");
    }
}
