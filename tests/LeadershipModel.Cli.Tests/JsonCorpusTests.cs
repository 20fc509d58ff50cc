namespace LeadershipModel.Cli.Tests;

/// <summary>Runs every line of the malformed JSON corpus (tests/corpus/json/expectations.tsv) through the CLI.</summary>
public sealed class JsonCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpus", "json");

    public static TheoryData<string, string, int, string> Cases()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var (file, command, exitCode, fragment) in Lines())
        {
            data.Add(file, command, exitCode, fragment);
        }

        return data;
    }

    [Fact]
    public void Corpus_EveryFile_IsListedAndEveryListedFileExists()
    {
        var listed = Lines().Select(c => c.File).Where(f => !Path.IsPathRooted(f)).ToHashSet();
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).ToHashSet();

        listed.Should().BeEquivalentTo(files);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Corpus_File_FailsWithItsExitCodeAndMessage(string file, string command, int exitCode, string fragment)
    {
        using var temp = new TempFolder();
        var path = Path.IsPathRooted(file) ? file : Path.Combine(Folder, file);
        var sample = Path.Combine(AppContext.BaseDirectory, "Reference", "sample-360.csv");
        string[] args = command switch
        {
            "validate" => ["instrument", "validate", path],
            "score" => ["score", sample, "--instrument", path, "--format", "json", "--out", temp.File("out.json")],
            "norms" => ["score", sample, "--norms", path, "--format", "json", "--out", temp.File("out.json")],
            _ => throw new InvalidOperationException($"Unknown corpus command '{command}'."),
        };

        var run = await CliRun.InvokeAsync(args);

        run.ExitCode.Should().Be(exitCode);
        run.Error.Should().Contain(fragment);
        (run.Output + run.Error).Should().NotContain("   at ", "no stack trace may reach the user");
    }

    private static IEnumerable<(string File, string Command, int ExitCode, string Fragment)> Lines()
    {
        foreach (var line in File.ReadLines(Path.Combine(Folder, "expectations.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            yield return (parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3]);
        }
    }
}
