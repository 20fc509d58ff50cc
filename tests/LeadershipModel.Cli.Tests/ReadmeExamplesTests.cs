using System.Text;
using System.Text.RegularExpressions;

namespace LeadershipModel.Cli.Tests;

/// <summary>
/// Every <c>leadership</c> example in the READMEs' shell blocks runs as written on files that ship in the repository
/// (output files go to a temporary folder), and the commands that make the example files reproduce them unchanged.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    private const string Prefix = "dotnet run --project samples/LeadershipModel.Cli";

    private static readonly string[] Readmes = ["README.md", "samples/LeadershipModel.Cli/README.md", "samples/data/README.md"];

    private static readonly HashSet<string> OutputOptions = ["--out", "-o", "--scores"];

    /// <summary>The repository root: the folder above the test assembly that holds the solution.</summary>
    internal static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (LeadershipModel.sln) is not above " + AppContext.BaseDirectory);
        }
    }

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var readme in Readmes)
        {
            foreach (var line in CommandLines(File.ReadAllText(Path.Combine(Root, readme))))
            {
                data.Add(readme, line);
            }
        }

        return data;
    }

    [Fact]
    public void Examples_AreFound_InEveryReadme()
    {
        foreach (var readme in Readmes)
        {
            CommandLines(File.ReadAllText(Path.Combine(Root, readme))).Should().NotBeEmpty(readme + " has example commands");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunsAsWritten(string readme, string line)
    {
        using var temp = new TempFolder();
        var words = Split(line);
        var args = new List<string>();
        var outputs = new List<(string Shipped, string Written)>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && OutputOptions.Contains(words[i - 1]))
            {
                var written = temp.File(Path.GetFileName(word));
                outputs.Add((Path.Combine(Root, word), written));
                args.Add(written);
            }
            else if (word.Contains('/', StringComparison.Ordinal) && !word.StartsWith('-'))
            {
                var shipped = Path.Combine(Root, word);
                File.Exists(shipped).Should().BeTrue($"{readme}: `{line}` names {word}, which must ship in the repository");
                args.Add(shipped);
            }
            else
            {
                args.Add(word);
            }
        }

        var run = await CliRun.InvokeAsync([.. args]);

        run.ExitCode.Should().Be(0, $"{readme}: `{line}` runs as written; it printed: {run.Error}");
        // With --waves N, simulate writes FILE-wave1.csv … FILE-waveN.csv in place of FILE.csv.
        var waves = words.IndexOf("--waves") is var w and >= 0 ? int.Parse(words[w + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        foreach (var (shipped, written) in waves == 0 ? outputs : outputs.SelectMany(o => Enumerable.Range(1, waves).Select(k => (WaveFile(o.Shipped, k), WaveFile(o.Written, k)))))
        {
            File.Exists(written).Should().BeTrue($"`{line}` writes its --out file");
            if (shipped.StartsWith(Path.Combine(Root, "samples", "data"), StringComparison.Ordinal))
            {
                File.ReadAllBytes(written).Should().Equal(File.ReadAllBytes(shipped), $"`{line}` reproduces the shipped {Path.GetFileName(shipped)} byte for byte");
            }
        }
    }

    private static string WaveFile(string path, int wave)
        => Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}-wave{wave}{Path.GetExtension(path)}");

    /// <summary>The arguments of each <c>leadership</c> command in the README's <c>sh</c> blocks, comments removed.</summary>
    private static List<string> CommandLines(string markdown)
    {
        var lines = new List<string>();
        foreach (Match block in ShellBlock().Matches(markdown))
        {
            foreach (var raw in block.Groups[1].Value.Split('\n'))
            {
                var line = raw.Trim();
                var hash = line.IndexOf(" #", StringComparison.Ordinal);
                line = (hash >= 0 ? line[..hash] : line).Trim();
                if (line.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    var rest = line[Prefix.Length..].Trim();
                    lines.Add(rest.StartsWith("--", StringComparison.Ordinal) && (rest.Length == 2 || rest[2] == ' ') ? rest[2..].Trim() : rest);
                }
                else if (line.StartsWith("leadership ", StringComparison.Ordinal) || line == "leadership")
                {
                    lines.Add(line["leadership".Length..].Trim());
                }
            }
        }

        return lines;
    }

    /// <summary>Splits a shell line into words, honouring single and double quotes.</summary>
    private static List<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var any = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                any = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (any || word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    any = false;
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (any || word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"```(?:sh|bash|shell)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
