using System.Globalization;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    private static List<LeadershipProfile> ScoreDirectly(string csv)
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Full).Build();
        var sets = InstrumentResponseReader.ReadCsvFile(csv, CanonicalInstruments.Full).ResponseSets;
        return sets.Select((s, i) => engine.Score(s, i).Profile!).ToList();
    }

    [Fact]
    public async Task Default_ScoresTheBundledSampleAndReportsEveryPerson()
    {
        var run = await CliRun.InvokeAsync();
        run.ExitCode.Should().Be(0, run.Error);
        var people = File.ReadLines(Sample).Skip(1).Select(l => l.Split(',')[1]).Distinct().ToList();
        people.Should().HaveCountGreaterThan(1);
        foreach (var person in people)
        {
            run.Output.Should().Contain($"Target: {person}");
        }

        foreach (var dimension in CanonicalDimensions.All)
        {
            run.Output.Should().Contain(dimension.ManagementPole.Label).And.Contain(dimension.LeadershipPole.Label);
        }

        run.Output.Should().Contain("Authority").And.Contain("360 feedback").And.Contain("Self–other gaps").And.Contain("Profile type");
        run.Error.Should().Contain("scored 36, rejected 0");
    }

    [Fact]
    public async Task Json_ParsesAndEqualsTheLibrary()
    {
        var run = await CliRun.InvokeAsync("score", Sample, "--format", "json");
        run.ExitCode.Should().Be(0, run.Error);
        var read = JsonFormats.Profiles.Read(run.Output);
        read.IsSuccess.Should().BeTrue(string.Join("; ", read.Errors));
        read.Value.Should().Equal(ScoreDirectly(Sample));

        using var temp = new TempFolder();
        var file = temp.File("profiles.json");
        (await CliRun.InvokeAsync("score", Sample, "--format", "json", "--out", file)).ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().NotContain("\n  ", "a file gets compact JSON");
        JsonFormats.Profiles.Read(File.ReadAllText(file)).Value.Should().Equal(read.Value);
    }

    [Fact]
    public async Task Csv_ParsesAndAgreesWithTheLibrary()
    {
        using var temp = new TempFolder();
        var output = temp.File("profiles.csv");
        var run = await CliRun.InvokeAsync("score", Sample, "--format", "csv", "--out", output);
        run.ExitCode.Should().Be(0, run.Error);
        var lines = File.ReadAllLines(output);
        var header = lines[0].Split(',');
        var expected = ScoreDirectly(Sample);
        lines.Should().HaveCount(expected.Count + 1);
        var m = Array.IndexOf(header, "control-influence/management");
        var overall = Array.IndexOf(header, "leadership");
        var share = Array.IndexOf(header, "follower_share");
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            cells[0].Should().Be(expected[i].RespondentId);
            double.Parse(cells[m], CultureInfo.InvariantCulture).Should().Be(expected[i].GetDimension("control-influence")!.Value.Position.Management!.Value);
            double.Parse(cells[overall], CultureInfo.InvariantCulture).Should().Be(expected[i].Overall.Leadership!.Value);
            double.Parse(cells[share], CultureInfo.InvariantCulture).Should().Be(expected[i].Authority!.FollowerConferredShare!.Value);
        }
    }

    [Fact]
    public async Task Html_IsOneSelfContainedFileWithTheRadarChart()
    {
        using var temp = new TempFolder();
        var output = temp.File("report.html");
        var run = await CliRun.InvokeAsync("score", Sample, "--format", "html", "--out", output);
        run.ExitCode.Should().Be(0, run.Error);
        var html = File.ReadAllText(output);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg").And.Contain("360 feedback");
        html.Should().NotContain("<script").And.NotContain("http://").And.NotContain("https://");
    }

    [Fact]
    public async Task Markdown_HasATablePerPerson()
    {
        var run = await CliRun.InvokeAsync("score", Sample, "--format", "markdown");
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("| ").And.Contain("Seek influence");
    }

    [Fact]
    public async Task HostileNames_ComeOutInertInHtmlAndCsv()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample).ToList();
        var script = "<script>alert(1)</script>";
        var formula = "=cmd|' /C calc'!A0";
        var first = lines[1].Split(',');
        var target = first[1];
        lines = [.. lines.Select((l, i) => i == 0 ? l : l.Replace(target + ",", "\"" + script + "\",", StringComparison.Ordinal))];
        var second = lines[2].Split(',');
        lines[2] = "\"" + formula + "\"," + string.Join(',', second.Skip(1));
        var input = temp.Write("hostile.csv", string.Join('\n', lines) + "\n");

        var html = temp.File("r.html");
        (await CliRun.InvokeAsync("score", input, "--format", "html", "--out", html)).ExitCode.Should().Be(0);
        var text = File.ReadAllText(html);
        text.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");

        var csv = temp.File("r.csv");
        (await CliRun.InvokeAsync("score", input, "--format", "csv", "--out", csv)).ExitCode.Should().Be(0);
        var rows = File.ReadAllLines(csv);
        rows.Should().Contain(r => r.StartsWith("\"'" + formula.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal) || r.StartsWith("'" + formula, StringComparison.Ordinal));
        rows.Skip(1).Should().NotContain(r => r.StartsWith('=') || r.StartsWith("\"=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadRows_AreReportedWithLineAndTheRestScored()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample).ToList();
        var cells = lines[3].Split(',');
        cells[5] = "9";
        lines[3] = string.Join(',', cells);
        cells = lines[5].Split(',');
        cells[6] = "x";
        lines[5] = string.Join(',', cells);
        var input = temp.Write("bad.csv", string.Join('\n', lines) + "\n");
        var run = await CliRun.InvokeAsync("score", input, "--format", "csv");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("bad.csv:4").And.Contain("outside the scale");
        run.Error.Should().Contain("bad.csv:6").And.Contain("'x'");
        run.Error.Should().Contain("scored 34, rejected 2");
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(35);
    }

    [Fact]
    public async Task MissingFile_ExitsOne()
    {
        var run = await CliRun.InvokeAsync("score", "/no/such.csv");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("/no/such.csv");
    }

    [Fact]
    public async Task BadFormat_IsBadUsage()
    {
        var run = await CliRun.InvokeAsync("score", Sample, "--format", "pdf");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("pdf");
    }

    [Fact]
    public async Task AnonymityBelowTwo_IsBadUsage()
    {
        var run = await CliRun.InvokeAsync("score", Sample, "--anonymity", "1");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--anonymity: 1 is out of range; use a whole number from 2 to 1,000.");
    }

    [Fact]
    public async Task InvalidInstrumentFile_ListsProblemsWithPaths()
    {
        using var temp = new TempFolder();
        var instrument = temp.Write("bad.json", """{"id": "x", "version": "1", "name": "X", "items": [{"id": "a", "text": "t", "target": {"dimension": "nope"}}]}""");
        var run = await CliRun.InvokeAsync("score", Sample, "--instrument", instrument);
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bad.json").And.Contain("$.items[0].target");
    }

    [Fact]
    public async Task Parallel_GivesTheSameBytes()
    {
        var sequential = await CliRun.InvokeAsync("score", Sample, "--format", "json");
        var parallel = await CliRun.InvokeAsync("score", Sample, "--format", "json", "--parallel");
        parallel.Output.Should().Be(sequential.Output);
    }

    [Fact]
    public async Task Report_SmallRaterGroups_AreNeverShownApart()
    {
        using var temp = new TempFolder();
        var input = temp.File("small-groups.csv");
        (await CliRun.InvokeAsync("simulate", "--people", "2", "--raters", "manager=1,peer=2,direct-report=3", "--seed", "4", "--out", input)).ExitCode.Should().Be(0);

        var text = await CliRun.InvokeAsync("score", input);
        text.ExitCode.Should().Be(0, text.Error);
        var groups = text.Output.Split('\n').SkipWhile(l => !l.StartsWith("Rater groups", StringComparison.Ordinal)).Skip(3).TakeWhile(l => l.Trim().Length > 0).ToList();
        groups.Select(l => l.Split("  ")[0].Trim()).Should().Equal(["self", "manager", "other raters (combined)", "all raters but self"],
            "two peers are fewer than the threshold of 3, and the three direct reports join them so that neither can be recovered by subtraction");
        text.Output.Should().Contain("5 raters were merged into \"other raters (combined)\"");
        text.Output.Should().NotContain("\npeers ").And.NotContain("\ndirect reports ");
    }
}
