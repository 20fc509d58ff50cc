using System.Text;
using LeadershipModel.Cli.Output;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Tests;

/// <summary>Issue 14: bad options and inputs get one clear line and the documented exit code, never a stack trace.</summary>
public sealed class RobustnessTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "data", "sample-360.csv");

    private static void NoStackTrace(CliRun run) => (run.Output + run.Error).Should().NotContain("   at ").And.NotContain("Exception");

    [Theory]
    [InlineData("s=A1,A1", "--scale s=A1,A1: Scale 's' lists item 'A1' twice.")]
    [InlineData("s=", "--scale s=: Scale 's' has no items.")]
    [InlineData("=A1", "--scale =A1: '=A1' has no scale name before '='.")]
    [InlineData("s", "--scale s: 's' is not a scale key")]
    [InlineData("s=A1,,A2", "--scale s=A1,,A2: Scale 's' has an empty item")]
    public async Task Reliability_MalformedScale_NamesTheOptionAndValue(string scale, string message)
    {
        using var temp = new TempFolder();
        var csv = temp.Write("data.csv", "respondent,A1,A2\nr1,1,2\nr2,2,3\n");

        var run = await CliRun.InvokeAsync("reliability", csv, "--scale", scale);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message);
        NoStackTrace(run);
    }

    [Theory]
    [InlineData("score", "--anonymity", "x", "--anonymity: 'x' is not a whole number.")]
    [InlineData("score", "--anonymity", "1", "--anonymity: 1 is out of range; use a whole number from 2 to 1,000.")]
    [InlineData("score", "--anonymity", "99999999999", "--anonymity: 99999999999 is out of range")]
    [InlineData("score", "--anonymity", "2.5", "--anonymity: '2.5' is not a whole number.")]
    [InlineData("simulate", "--people", "x", "--people: 'x' is not a whole number.")]
    [InlineData("simulate", "--people", "0", "--people: 0 is out of range; use a whole number from 1 to 10,000,000.")]
    [InlineData("simulate", "--people", "3000000000", "--people: 3000000000 is out of range")]
    [InlineData("simulate", "--seed", "-1", "--seed: -1 is out of range")]
    [InlineData("simulate", "--reliability", "1.5", "--reliability: 1.5 is out of range")]
    [InlineData("simulate", "--missing", "NaN", "--missing: 'NaN' is not a number")]
    public async Task NumericOption_NotANumberOrOutOfRange_NamesTheOptionAndValue(string command, string option, string value, string message)
    {
        using var temp = new TempFolder();
        var simulate = new Dictionary<string, string> { ["--people"] = "2", ["--seed"] = "1", ["--out"] = temp.File("o.csv") };
        simulate[option] = value;
        string[] args = command == "score"
            ? ["score", Sample, option, value]
            : ["simulate", .. simulate.SelectMany(o => new[] { o.Key, o.Value })];

        var run = await CliRun.InvokeAsync(args);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message);
        NoStackTrace(run);
    }

    [Fact]
    public async Task Score_Directory_IsNamedAsADirectory()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("score", temp.Path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("is a directory, not a file.");
    }

    [Fact]
    public async Task Score_BlankAndCommentLines_AreSkippedAndReportedWithExitCodeZero()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        var csv = temp.Write("data.csv", string.Join('\n', [lines[0], lines[1], "", "# a comment", lines[2]]) + "\n");

        var run = await CliRun.InvokeAsync("score", csv, "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("data.csv: scored 2, rejected 0, skipped 2 blank or comment lines.");
    }

    [Fact]
    public async Task Score_Windows1252_IsAnErrorWithTheByteOffsetUnlessTheEncodingIsNamed()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        string Row(string name) => name + "," + name + "," + string.Join(',', lines[1].Split(',').Skip(2));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = temp.File("w.csv");
        File.WriteAllBytes(csv, Encoding.GetEncoding(1252).GetBytes(string.Join('\n', lines[0], Row("M\u00fcller"), Row("M\u00f6ller")) + "\n"));

        var strict = await CliRun.InvokeAsync("score", csv, "--format", "csv");
        var named = await CliRun.InvokeAsync("score", csv, "--format", "csv", "--encoding", "windows-1252");

        strict.ExitCode.Should().Be(1);
        strict.Error.Should().Contain($"w.csv:2: byte offset {Encoding.UTF8.GetByteCount(lines[0]) + 2}: 0xFC is not valid UTF-8");
        named.ExitCode.Should().Be(0, named.Error);
        named.Output.Should().Contain("M\u00fcller,M\u00fcller,self").And.Contain("M\u00f6ller,M\u00f6ller,self");
    }

    [Fact]
    public async Task Score_UnknownEncoding_NamesTheOption()
    {
        var run = await CliRun.InvokeAsync("score", Sample, "--encoding", "klingon");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--encoding klingon: not an encoding this system knows");
    }

    [Fact]
    public async Task Score_EscapeCodesInTheData_AreEscapedOnStderr()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Sample);
        var fields = lines[1].Split(',');
        fields[4] = "\u001b[2J\u0007";
        var csv = temp.Write("data.csv", lines[0] + "\n" + string.Join(',', fields) + "\n");

        var run = await CliRun.InvokeAsync("score", csv, "--format", "csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().NotContain("\u001b").And.NotContain("\u0007").And.Contain("'\\x1B[2J\\x07'");
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4000)]
    public void ReportPeople_LooksUpEachProfileOnce(int people)
    {
        // Three profiles per person (self and two raters): a scan of every profile per person would make the
        // comparisons grow with people², here they grow with people.
        var profiles = Profiles(people);
        var counter = new CountingComparer();

        var found = ReportPeople.Of(profiles, counter);

        found.People.Should().HaveCount(people);
        found.Selves.Should().HaveCount(people);
        counter.Operations.Should().BeLessThanOrEqualTo(4 * profiles.Count, "each profile costs one hash and a bounded number of comparisons");
    }

    [Fact]
    public void ReportPeople_WorkGrowsLinearly()
    {
        long Count(int n)
        {
            var counter = new CountingComparer();
            ReportPeople.Of(Profiles(n), counter);
            return counter.Operations;
        }

        var small = Count(500);
        var large = Count(4000);

        ((double)large / small).Should().BeLessThan(8 * 1.25, "eight times the people may cost at most about eight times the work");
    }

    private static List<LeadershipProfile> Profiles(int people)
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).Build();
        var answers = CanonicalInstruments.Short.Items.Select(i => KeyValuePair.Create(i.Id, (double?)3)).ToList();
        var template = engine.Score(ResponseSet.Create(CanonicalInstruments.ShortId, CanonicalInstruments.Version, "p", answers)).Profile!;
        var list = new List<LeadershipProfile>(people * 3);
        for (var p = 0; p < people; p++)
        {
            var id = "person-" + p;
            list.Add(template with { RespondentId = id, TargetId = id, Role = RaterRole.Self });
            list.Add(template with { RespondentId = id + "-peer", TargetId = id, Role = RaterRole.Peer });
            list.Add(template with { RespondentId = id + "-manager", TargetId = id, Role = RaterRole.Manager });
        }

        return list;
    }

    private sealed class CountingComparer : IEqualityComparer<string>
    {
        public long Operations { get; private set; }

        public bool Equals(string? x, string? y)
        {
            Operations++;
            return string.Equals(x, y, StringComparison.Ordinal);
        }

        public int GetHashCode(string obj)
        {
            Operations++;
            return StringComparer.Ordinal.GetHashCode(obj);
        }
    }
}
