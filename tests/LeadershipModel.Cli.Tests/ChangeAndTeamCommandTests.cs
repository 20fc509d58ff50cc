using System.Text.Json;
using Json.Schema;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Tests;

/// <summary><c>leadership change</c>, <c>leadership team report</c> and <c>simulate --waves</c>, run as a user would.</summary>
public sealed class ChangeAndTeamCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    private static async Task<(string Pre, string Post)> TwoWaves(TempFolder temp, int people = 30, int changed = 10)
    {
        var run = await CliRun.InvokeAsync("simulate", "--people", people.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "7", "--waves", "2",
            "--true-change", "leadership=1.5", "--changed", changed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", temp.File("team.csv"));
        run.ExitCode.Should().Be(0, run.Error);
        return (temp.File("team-wave1.csv"), temp.File("team-wave2.csv"));
    }

    // A schema registers its $id globally, so each is built once.
    private static readonly Lazy<JsonSchema> ChangeSchema = new(() => JsonSchema.FromText(JsonSchemas.Change));
    private static readonly Lazy<JsonSchema> UnitSchema = new(() => JsonSchema.FromText(JsonSchemas.UnitReport));

    private static void ShouldValidate(string schemaText, string json)
    {
        var schema = schemaText == JsonSchemas.Change ? ChangeSchema.Value : UnitSchema.Value;
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}");
        result.IsValid.Should().BeTrue(string.Join("\n", errors));
    }

    [Fact]
    public async Task Simulate_TwoWaves_WritesTwoFiles_FirstEqualToASingleWave()
    {
        using var temp = new TempFolder();
        var (pre, post) = await TwoWaves(temp);
        (await CliRun.InvokeAsync("simulate", "--people", "30", "--seed", "7", "--out", temp.File("single.csv"))).ExitCode.Should().Be(0);

        File.ReadAllBytes(pre).Should().Equal(File.ReadAllBytes(temp.File("single.csv")));
        File.ReadAllBytes(post).Should().NotEqual(File.ReadAllBytes(pre));
    }

    [Fact]
    public async Task Simulate_TrueChangeWithoutWaves_ExplainsWhatIsMissing()
    {
        using var temp = new TempFolder();
        var run = await CliRun.InvokeAsync("simulate", "--people", "3", "--seed", "1", "--true-change", "leadership=1", "--out", temp.File("x.csv"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--waves 2");
    }

    [Fact]
    public async Task Change_Html_ShowsWhoChangedReliably()
    {
        using var temp = new TempFolder();
        var (pre, post) = await TwoWaves(temp);
        var html = temp.File("change.html");

        var run = await CliRun.InvokeAsync("change", pre, post, "--reliability", "sample", "--format", "html", "--out", html);

        run.ExitCode.Should().Be(0, run.Error);
        var text = File.ReadAllText(html);
        text.Should().StartWith("<!DOCTYPE html>").And.Contain("Who changed reliably, person by person").And.Contain("coefficient alpha of each scale");
        var rows = text.Split('\n').Where(l => l.StartsWith("<tr><td>T", StringComparison.Ordinal) && l.Contains("chance", StringComparison.Ordinal)).ToList();
        var changed = rows.Where(r => r.Contains("more than chance", StringComparison.Ordinal)).Select(r => int.Parse(r[9..11], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        changed.Count(t => t <= 10).Should().BeGreaterThanOrEqualTo(6, "most of the ten people with a planted change are found");
        changed.Count(t => t > 10).Should().BeLessThanOrEqualTo(2, "few of the twenty without one are");
    }

    [Fact]
    public async Task Change_Pdf_ReadsBackWithTheReportsSections()
    {
        using var temp = new TempFolder();
        var (pre, post) = await TwoWaves(temp);
        var path = temp.File("change.pdf");

        var run = await CliRun.InvokeAsync("change", pre, post, "--reliability", "sample", "--format", "pdf", "--out", path);

        run.ExitCode.Should().Be(0, run.Error);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.Should().Contain("Who changed reliably, person by person").And.Contain("coefficient alpha of each scale");
    }

    [Fact]
    public async Task TeamReport_PdfWithoutOut_AsksForAFile()
    {
        var run = await CliRun.InvokeAsync("team", "report", Sample, "--format", "pdf");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--format pdf writes a file");
    }

    [Fact]
    public async Task Change_Json_ValidatesAgainstTheSchema_AndListsUnmatchedPeople()
    {
        using var temp = new TempFolder();
        var (pre, post) = await TwoWaves(temp, people: 12, changed: 4);
        var lines = File.ReadAllLines(post).ToList();
        lines.RemoveAt(3);
        File.WriteAllLines(post, lines);

        var run = await CliRun.InvokeAsync("change", pre, post, "--reliability", "sample", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        ShouldValidate(JsonSchemas.Change, run.Output);
        using var json = JsonDocument.Parse(run.Output);
        var unmatched = json.RootElement.GetProperty("unmatched");
        unmatched.GetArrayLength().Should().Be(1);
        unmatched[0].GetProperty("respondentId").GetString().Should().Be("T03");
        unmatched[0].GetProperty("presentIn").GetString().Should().Be("pre");
        json.RootElement.GetProperty("people").GetArrayLength().Should().Be(11);
    }

    [Fact]
    public async Task ChangeSchema_RejectsAReportWithoutItsReliabilitySource()
    {
        var run = await CliRun.InvokeAsync("change", Sample, Sample, "--reliability", "sample", "--format", "json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(run.Output)!.AsObject();
        node.Remove("reliabilitySource");

        using var document = JsonDocument.Parse(node.ToJsonString());
        ChangeSchema.Value.Evaluate(document.RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public async Task Change_360Sample_ValidatesAndReportsGroupsWithoutRci()
    {
        var run = await CliRun.InvokeAsync("change", Sample, Sample, "--reliability", "sample", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        ShouldValidate(JsonSchemas.Change, run.Output);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("groups").GetArrayLength().Should().BeGreaterThan(0);
        json.RootElement.GetProperty("groups")[0].TryGetProperty("rci", out _).Should().BeFalse();
        json.RootElement.GetProperty("people").EnumerateArray().Should().OnlyContain(p => p.GetProperty("respondentId").GetString() == p.GetProperty("targetId").GetString(), "raters are never listed one by one");
    }

    [Fact]
    public async Task Change_WithoutAnyReliability_AsksForReliability()
    {
        var run = await CliRun.InvokeAsync("change", Sample, Sample);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--reliability").And.Contain("sample");
    }

    [Fact]
    public async Task TeamReport_Sample_ShowsTheMixture()
    {
        var run = await CliRun.InvokeAsync("team", "report", Sample);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("4 people:").And.Contain("integrator").And.Contain("Someone high on M");
    }

    [Fact]
    public async Task TeamReport_Json_ValidatesAgainstTheSchema()
    {
        var run = await CliRun.InvokeAsync("team", "report", Sample, "--perspective", "others", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        ShouldValidate(JsonSchemas.UnitReport, run.Output);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("perspective").GetString().Should().Be("others");
        json.RootElement.GetProperty("units")[0].GetProperty("people").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task TeamReport_UnitBelowTheMinimum_IsWithheldWithItsReason()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        var header = lines[0] + ",team";
        var body = lines.Skip(1).Select(l => l + "," + (l.Split(',')[1] is "T1" or "T2" or "T3" ? "north" : "south"));
        var file = temp.Write("units.csv", string.Join('\n', body.Prepend(header)) + "\n");

        var run = await CliRun.InvokeAsync("team", "report", file, "--unit", "team", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        ShouldValidate(JsonSchemas.UnitReport, run.Output);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("units")[0].GetProperty("unit").GetString().Should().Be("north");
        var withheld = json.RootElement.GetProperty("withheld")[0];
        withheld.GetProperty("unit").GetString().Should().Be("south");
        withheld.GetProperty("people").GetInt32().Should().Be(1);
        withheld.GetProperty("reason").GetString().Should().Contain("minimum unit size of 3");
    }

    [Fact]
    public async Task TeamReport_UnknownUnitColumn_NamesIt()
    {
        var run = await CliRun.InvokeAsync("team", "report", Sample, "--unit", "department");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("'department'");
    }
}
