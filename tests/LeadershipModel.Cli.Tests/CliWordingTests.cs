using System.Text.RegularExpressions;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting;

namespace LeadershipModel.Cli.Tests;

/// <summary>A command-line user is never told about C# options or types: every error path speaks the command's words.</summary>
public sealed class CliWordingTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    private static readonly string Bfi = Path.Combine(AppContext.BaseDirectory, "Reference", "bfi.csv");

    /// <summary>Every public type of the libraries whose name is a C# identifier rather than a word (two or more capitals).</summary>
    private static readonly string[] TypeNames =
    [
        .. new[] { typeof(DimensionSet).Assembly, typeof(ResponseMatrixCsvReader).Assembly, typeof(FeedbackReportWriter).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.Name.Split('`')[0])
            .Where(n => n.Count(char.IsUpper) >= 2)
            .Distinct(),
    ];

    [Fact]
    public void TypeNames_IncludeTheOptionsTypes() => TypeNames.Should().Contain(["CsvReadOptions", "ResponseSetReadOptions"]);

    [Fact]
    public async Task ErrorPaths_NameNoCSharpOptionOrType()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        var unknownColumn = temp.Write("unknown.csv", string.Join('\n', lines.Select((l, i) => l + (i == 0 ? ",X-9" : ",3"))) + "\n");
        var empty = temp.Write("empty.csv", "");
        var noHeader = temp.Write("numbers.csv", "1,2,3\n4,5,6\n");
        var badJson = temp.Write("bad.json", "{ \"id\": ");
        var badInstrument = temp.Write("instrument.json", "{ \"id\": \"x\", \"version\": \"1.0.0\", \"name\": \"x\", \"scale\": { \"min\": 1, \"max\": 5 }, \"items\": [] }");
        var cases = new List<string[]>
        {
            new[] { "score", unknownColumn },
            new[] { "feedback", unknownColumn, "--target", "T1" },
            new[] { "norms", "build", unknownColumn, "--out", temp.File("norms.json") },
            new[] { "score", empty },
            new[] { "score", noHeader },
            new[] { "feedback", empty },
            new[] { "reliability", Bfi, "--scale", "x=A1,Z9" },
            new[] { "reliability", Bfi },
            new[] { "reliability", noHeader, "--scale", "x=A1,A2" },
            new[] { "reliability", empty, "--scale", "x=A1,A2" },
            new[] { "score", Sample, "--instrument", badJson },
            new[] { "score", Sample, "--norms", badJson },
            new[] { "instrument", "validate", badInstrument },
            new[] { "instrument", "validate", badJson },
            new[] { "simulate", "--people", "2", "--seed", "1", "--raters", "boss=1", "--out", temp.File("sim.csv") },
            new[] { "score", temp.File("missing.csv") },
        };

        foreach (var args in cases)
        {
            var run = await CliRun.InvokeAsync(args);
            var said = run.Error + run.Output;

            run.ExitCode.Should().NotBe(0, $"`leadership {string.Join(' ', args)}` is an error path");
            said.Should().NotContain("Options.", $"`leadership {string.Join(' ', args)}` printed: {said}");
            foreach (var name in TypeNames)
            {
                Regex.IsMatch(said, $@"\b{name}\b").Should().BeFalse($"`leadership {string.Join(' ', args)}` names the C# type {name}: {said}");
            }
        }
    }

    [Fact]
    public async Task UnknownColumns_AreExplainedInTheCommandsWords()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        var file = temp.Write("unknown.csv", string.Join('\n', lines.Select((l, i) => l + (i == 0 ? ",X-9" : ",3"))) + "\n");

        var run = await CliRun.InvokeAsync("score", file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("'X-9'").And.Contain("rename or remove").And.Contain("--instrument");
    }
}
