using System.Text.Json;

namespace LeadershipModel.Cli.Tests;

/// <summary><c>leadership feedback</c>: the person's report, and regression tests for every anonymity attack of issue 10.</summary>
public sealed class FeedbackCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    private static readonly string[] Lines = File.ReadAllLines(Sample);

    /// <summary>The header and T1's rows (self, a manager, three peers, four direct reports), each a list of fields.</summary>
    private static List<string[]> T1Rows() => [.. Lines.Skip(1).Where(l => l.Split(',')[1] == "T1").Select(l => l.Split(','))];

    private static string Csv(IEnumerable<string[]> rows) => string.Join('\n', new[] { Lines[0] }.Concat(rows.Select(r => string.Join(',', r)))) + "\n";

    private static string[] With(string[] row, string? respondent = null, string? target = null, string? role = null)
        => [respondent ?? row[0], target ?? row[1], role ?? row[2], .. row[3..]];

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("json")]
    public async Task EveryFormat_NamesNoRaterButTheTarget(string format)
    {
        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", format);

        run.ExitCode.Should().Be(0, run.Error);
        var raters = Lines.Skip(1).Select(l => l.Split(',')[0]).Where(id => id != "T1").Distinct().ToList();
        raters.Should().NotBeEmpty();
        foreach (var id in raters)
        {
            run.Output.Should().NotContain(id);
        }

        run.Output.Should().Contain("T1");
        run.Output.Should().Contain(format == "json" ? "\"isValidated\": false" : "not yet been validated", "the validation status is in every format");
    }

    [Fact]
    public async Task Pdf_ForT1_ReadsBackWithItsSectionsAndNamesNoRater()
    {
        using var temp = new TempFolder();
        var path = temp.File("t1.pdf");

        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", "pdf", "--out", path);

        run.ExitCode.Should().Be(0, run.Error);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        text.Should().Contain("360 feedback for T1").And.Contain("How others see you").And.Contain("Development plan").And.Contain("not yet been validated");
        System.Text.RegularExpressions.Regex.Count(text, "not yet been validated").Should().Be(1, "the title page states the validation status once");
        foreach (var id in Lines.Skip(1).Select(l => l.Split(',')[0]).Where(id => id != "T1").Distinct())
        {
            text.Should().NotContain(id);
        }
    }

    [Fact]
    public async Task Pdf_WithoutOut_AsksForAFile()
    {
        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", "pdf");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--out");
    }

    [Fact]
    public async Task Table_OpensWithOthersAndExplainsEveryIndex()
    {
        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1");

        run.ExitCode.Should().Be(0, run.Error);
        var text = run.Output;
        text.IndexOf("How others see you", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Blind spots and hidden strengths", StringComparison.Ordinal));
        foreach (var heading in new[] { "Rated highest by others", "Rated lowest by others", "Every item by group", "Authority as others see it", "Groups not shown", "Development plan", "What the numbers mean" })
        {
            text.Should().Contain(heading);
        }

        foreach (var term in new[] { "Orientation (L − M)", "Integration √(M·L)", "Quadrant", "Follower-conferred share", "Commitment, compliance, resistance" })
        {
            text.Should().Contain(term);
        }
    }

    [Fact]
    public async Task Json_GoldenForTheSample()
    {
        var run = await CliRun.InvokeAsync("feedback", Sample, "--target", "T1", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", "sample-360-T1.feedback.json");
        run.Output.ReplaceLineEndings("\n").Should().Be(File.ReadAllText(golden).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task EmptyRole_RejectedWithItsLineUnlessADefaultRoleIsGiven()
    {
        using var temp = new TempFolder();
        var rows = T1Rows();
        rows[2] = With(rows[2], role: "");
        var csv = temp.Write("roles.csv", Csv(rows));

        var run = await CliRun.InvokeAsync("feedback", csv, "--format", "json");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("roles.csv:4:3: the rater role in column 'role' is empty");
        Group(run.Output, "peer").Should().BeNull("two peers are fewer than three");

        var fixedRun = await CliRun.InvokeAsync("feedback", csv, "--format", "json", "--default-role", "peer");
        fixedRun.ExitCode.Should().Be(0, fixedRun.Error);
        Group(fixedRun.Output, "peer")!.Value.GetProperty("raters").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task ForeignSelf_RejectedAndNeverShownAsTheSelfRating()
    {
        using var temp = new TempFolder();
        var rows = T1Rows();
        rows[0] = With(rows[0], respondent: "T1-peer-9");
        var csv = temp.Write("self.csv", Csv(rows));

        var run = await CliRun.InvokeAsync("feedback", csv, "--format", "json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("self.csv:2: a self-rating must be by the person rated");
        Target(run.Output).GetProperty("self").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task DuplicateRater_RejectedNamingBothLines_GroupCountsPeople()
    {
        using var temp = new TempFolder();
        var rows = T1Rows();
        rows.RemoveAt(3);
        rows.Add(With(rows[2]));
        var csv = temp.Write("dup.csv", Csv(rows));

        var run = await CliRun.InvokeAsync("feedback", csv, "--format", "json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("dup.csv:10: respondent 'T1-peer-1' already rated 'T1'").And.Contain("line 4");
        Group(run.Output, "peer").Should().BeNull("two distinct peers are fewer than three, however many rows they fill");
    }

    [Fact]
    public async Task PersonAsTheirOwnPeer_RejectedAndNotCounted()
    {
        using var temp = new TempFolder();
        var rows = T1Rows();
        rows.RemoveAt(3);
        rows.Add(With(rows[0], role: "peer"));
        var csv = temp.Write("own.csv", Csv(rows));

        var run = await CliRun.InvokeAsync("feedback", csv, "--format", "json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("own.csv:10: 'T1' rated themselves as peer");
        Group(run.Output, "peer").Should().BeNull();
    }

    [Fact]
    public async Task Markdown_TargetIdWithMarkdownSpecials_IsEscaped()
    {
        using var temp = new TempFolder();
        const string hostile = "*x*|[y](javascript:z)";
        var rows = T1Rows().Select(r => With(r, respondent: r[0] == "T1" ? hostile : r[0], target: hostile)).ToList();
        var csv = temp.Write("md.csv", Csv(rows));

        var run = await CliRun.InvokeAsync("feedback", csv, "--format", "markdown");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().NotContain(hostile);
        run.Output.Should().Contain(@"\*x\*");
    }

    [Fact]
    public async Task ManyPeople_WithoutTargetOrFolder_AsksForOne_WithFolderWritesOneReportEach()
    {
        var run = await CliRun.InvokeAsync("feedback", Sample);
        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--target");

        using var temp = new TempFolder();
        var folder = temp.File("reports");
        var each = await CliRun.InvokeAsync("feedback", Sample, "--format", "html", "--out", folder);
        each.ExitCode.Should().Be(0, each.Error);
        Directory.GetFiles(folder).Select(Path.GetFileName).Order().Should().Equal("T1.html", "T2.html", "T3.html", "T4.html");
    }

    [Fact]
    public async Task ScoreHelp_SaysItHoldsEveryRatersAnswers()
    {
        var run = await CliRun.InvokeAsync("score", "--help");

        run.Output.Should().Contain("every rater's answers").And.Contain("leadership feedback");
    }

    private static JsonElement Target(string json) => JsonDocument.Parse(json).RootElement.GetProperty("targets")[0];

    private static JsonElement? Group(string json, string name)
    {
        foreach (var g in Target(json).GetProperty("groups").EnumerateArray())
        {
            if (g.GetProperty("group").GetString() == name)
            {
                return g;
            }
        }

        return null;
    }
}
