using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Tests;

public sealed class OtherCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    [Fact]
    public async Task Simulate_WithTheRecipe_RecreatesTheBundledSampleByteForByte()
    {
        using var temp = new TempFolder();
        var output = temp.File("sample.csv");
        var args = Infrastructure.SampleData.Recipe.Split(' ').Skip(1).ToArray();
        args[Array.IndexOf(args, "--out") + 1] = output;

        var run = await CliRun.InvokeAsync(args);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Sample), "the bundled sample is what its recorded recipe makes");
        File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "data", "README.md"))
            .Should().Contain(string.Join(' ', Infrastructure.SampleData.Recipe.Split(' ').Skip(1)), "the data README gives the same recipe");
    }

    [Fact]
    public async Task Simulate_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        using var temp = new TempFolder();
        await CliRun.InvokeAsync("simulate", "--people", "20", "--seed", "5", "--out", temp.File("a.csv"));
        await CliRun.InvokeAsync("simulate", "--people", "20", "--seed", "5", "--out", temp.File("b.csv"));
        await CliRun.InvokeAsync("simulate", "--people", "20", "--seed", "6", "--out", temp.File("c.csv"));
        File.ReadAllBytes(temp.File("a.csv")).Should().Equal(File.ReadAllBytes(temp.File("b.csv")));
        File.ReadAllBytes(temp.File("a.csv")).Should().NotEqual(File.ReadAllBytes(temp.File("c.csv")));
    }

    [Fact]
    public async Task Simulate_BadRaters_ExitsOne()
    {
        using var temp = new TempFolder();
        var run = await CliRun.InvokeAsync("simulate", "--people", "2", "--seed", "1", "--raters", "boss=2", "--out", temp.File("x.csv"));
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("boss=2");
    }

    [Fact]
    public async Task NormsBuild_ThenScoreWithNorms_GivesPercentiles()
    {
        using var temp = new TempFolder();
        var reference = temp.File("reference.csv");
        (await CliRun.InvokeAsync("simulate", "--people", "200", "--seed", "11", "--out", reference)).ExitCode.Should().Be(0);
        var norms = temp.File("norms.json");
        var build = await CliRun.InvokeAsync("norms", "build", reference, "--out", norms);
        build.ExitCode.Should().Be(0, build.Error);
        NormTableJson.Read(File.ReadAllText(norms)).Value!.SampleSize.Should().Be(200);

        var scored = await CliRun.InvokeAsync("score", Sample, "--norms", norms, "--format", "json");
        scored.ExitCode.Should().Be(0, scored.Error);
        var profiles = ProfileJson.ReadMany(scored.Output).Value!;
        profiles.Should().OnlyContain(p => p.GetNorm("leadership") != null && p.GetNorm("leadership")!.Percentile >= 0);
    }

    [Fact]
    public async Task InstrumentShow_ListsItems()
    {
        var run = await CliRun.InvokeAsync("instrument", "show", "canonical-short");
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("canonical-short 2.0.0").And.Contain("CI-M3").And.Contain("Not yet validated").And.Contain("What should I keep doing?");
    }

    [Fact]
    public async Task InstrumentShow_Version1_IsReachableByIdAndVersion()
    {
        var run = await CliRun.InvokeAsync("instrument", "show", "canonical-short@1.0.0");
        var unknown = await CliRun.InvokeAsync("instrument", "show", "canonical@9.9.9");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("canonical-short 1.0.0").And.Contain("CI-M1");
        unknown.ExitCode.Should().Be(1);
        unknown.Error.Should().Contain("no version 9.9.9").And.Contain("1.0.0, 2.0.0");
    }

    [Fact]
    public async Task InstrumentShow_CanonicalObserverForm_IsWordedAboutThePerson()
    {
        var run = await CliRun.InvokeAsync("instrument", "show", "canonical", "--form", "observer");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("This person reviews important decisions before they become final.").And.Contain("frequency");
    }

    [Fact]
    public async Task InstrumentShow_ObserverForm_ShowsTheObserverWordingAndOpenQuestions()
    {
        using var temp = new TempFolder();
        var file = temp.Write("forms.json", FormsInstrument);

        var observer = await CliRun.InvokeAsync("instrument", "show", file, "--form", "observer");
        var self = await CliRun.InvokeAsync("instrument", "show", file);

        observer.ExitCode.Should().Be(0, observer.Error);
        observer.Output.Should().Contain("This person plans ahead.").And.Contain("What should this person keep doing?").And.Contain("frequency").And.NotContain("I plan ahead.");
        self.Output.Should().Contain("I plan ahead.").And.Contain("What should I keep doing?");
    }

    [Fact]
    public async Task InstrumentShow_UnknownForm_NamesTheFormsThereAre()
    {
        using var temp = new TempFolder();
        var file = temp.Write("forms.json", FormsInstrument);

        var run = await CliRun.InvokeAsync("instrument", "show", file, "--form", "peer");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--form peer").And.Contain("self, observer");
    }

    [Fact]
    public async Task InstrumentExport_CarriesFormsOpenQuestionsAndLabels()
    {
        using var temp = new TempFolder();
        var file = temp.Write("forms.json", FormsInstrument);

        var run = await CliRun.InvokeAsync("instrument", "export", file);

        run.ExitCode.Should().Be(0, run.Error);
        var exported = InstrumentJson.Read(run.Output).Value!;
        exported.Should().Be(InstrumentJson.Read(FormsInstrument).Value);
        exported.Forms.Should().ContainSingle().Which.Id.Should().Be("observer");
    }

    private const string FormsInstrument = """
        {
          "id": "forms", "version": "1", "name": "Forms",
          "labelSets": [{"id": "frequency", "labels": [{"value": 1, "text": "Never"}, {"value": 5, "text": "Almost always"}]}],
          "items": [{"id": "Q1", "text": "I plan ahead.", "target": {"powerBase": "expert"}, "labels": "frequency"}],
          "forms": [{"id": "observer", "items": {"Q1": "This person plans ahead."}}],
          "openQuestions": [{"id": "keep", "texts": {"self": "What should I keep doing?", "observer": "What should this person keep doing?"}}]
        }
        """;

    [Fact]
    public async Task InstrumentExportThenValidate_RoundTrips()
    {
        using var temp = new TempFolder();
        var file = temp.File("canonical.json");
        (await CliRun.InvokeAsync("instrument", "export", "canonical", "--out", file)).ExitCode.Should().Be(0);
        var run = await CliRun.InvokeAsync("instrument", "validate", file);
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("valid");
    }

    [Fact]
    public async Task InstrumentValidate_BrokenFile_ListsEveryProblem()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.json", """{"id": "Bad Id", "version": "1", "name": "X", "scale": {"min": 5, "max": 1}, "items": []}""");
        var run = await CliRun.InvokeAsync("instrument", "validate", file);
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("$.id").And.Contain("$.scale");
    }

    [Fact]
    public async Task Help_ShowsExamplesForEachCommand()
    {
        foreach (var command in new[] { "score", "reliability", "simulate", "instrument", "norms build" })
        {
            var run = await CliRun.InvokeAsync([.. command.Split(' '), "--help"]);
            run.ExitCode.Should().Be(0);
            run.Output.Should().Contain("Examples:", command);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    }
}
