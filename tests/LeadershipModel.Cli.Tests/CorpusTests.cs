using System.Text.RegularExpressions;

namespace LeadershipModel.Cli.Tests;

/// <summary>
/// Issue 14: every input of the committed malformed-input corpus (tests/corpus/csv and tests/corpus/cli, made by
/// tests/corpus/generate.py) gets its expected exit code and message, no stack trace, and no silent loss: the records
/// after the header equal scored + rejected + skipped, and the scored rows are the rows written.
/// </summary>
public sealed partial class CorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "corpus");
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "csv", "cli" })
        {
            foreach (var row in Rows(kind))
            {
                data.Add(kind, row[0]);
            }
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastTwoHundredInputs_EachWithItsFile()
    {
        var rows = Rows("csv").Select(r => Path.Combine(Root, "csv", r[0])).Concat(Rows("cli").Select(r => Path.Combine(Root, "cli", r[0]))).ToList();

        rows.Should().HaveCountGreaterThanOrEqualTo(200);
        rows.Should().OnlyContain(path => File.Exists(path));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Corpus_Input_GetsItsExitCodeAndMessageWithNothingLost(string kind, string input)
    {
        var row = Rows(kind).Single(r => r[0] == input);
        var (command, expect, message, records) = (row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), row[3], row[4]);
        using var temp = new TempFolder();
        var path = Path.Combine(Root, kind, input);
        string[] args = kind == "cli"
            ? [.. File.ReadAllText(path).TrimEnd('\n').Split('\n')]
            : command.Split(' ');
        args = [.. args.Select(a => a.Replace("{input}", path, StringComparison.Ordinal).Replace("{dir}", temp.Path, StringComparison.Ordinal).Replace("{sample}", Sample, StringComparison.Ordinal))];

        var run = await CliRun.InvokeAsync(args);

        var all = run.Output + run.Error;
        all.Should().NotContain("   at ", "no stack trace").And.NotContain("Unhandled").And.NotContain("Exception");
        run.Error.Should().NotContain("\u001b", "escape codes from the data are escaped");
        run.ExitCode.Should().Be(expect, run.Error);
        if (message.Length > 0)
        {
            run.Error.Should().Contain(message);
        }
        if (records != "-")
        {
            var summary = Summary().Match(run.Error);
            summary.Success.Should().BeTrue(run.Error);
            var scored = int.Parse(summary.Groups["scored"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var rejected = int.Parse(summary.Groups["rejected"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var skipped = summary.Groups["skipped"].Success ? int.Parse(summary.Groups["skipped"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            (scored + rejected + skipped).Should().Be(int.Parse(records, System.Globalization.CultureInfo.InvariantCulture), "every record is scored, rejected or skipped");
            var written = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
            written.Should().Be(scored, "every scored row is written");
        }
    }

    private static IEnumerable<string[]> Rows(string kind)
        => File.ReadLines(Path.Combine(Root, kind, "cases.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    [GeneratedRegex(@"scored (?<scored>\d+), rejected (?<rejected>\d+)(, skipped (?<skipped>\d+))?")]
    private static partial Regex Summary();
}
