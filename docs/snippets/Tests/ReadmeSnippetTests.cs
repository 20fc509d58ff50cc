using System.Text.RegularExpressions;

namespace LeadershipModel.Snippets.Tests;

/// <summary>
/// Every C# block of every README is a region of a compiled file, named by a <c>&lt;!-- snippet: path#region --&gt;</c>
/// line just above it; the guides hold no C# blocks, only includes of regions that exist.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    public static TheoryData<string> Readmes()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repo.Root, "README.md", SearchOption.AllDirectories)
                     .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
                     .Where(p => !p.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "_site" or "artifacts" || part.StartsWith('.')))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(path);
        }

        return data;
    }

    public static TheoryData<string> Guides()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs"), "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, path).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Readmes_IncludeTheRootAndEveryPackage()
        => Readmes().Select(r => r.Data).Should().Contain(["README.md", "src/LeadershipModel/README.md", "src/LeadershipModel.Extensions.DependencyInjection/README.md"]);

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Readme_EveryCSharpBlock_IsItsCompiledRegion(string readme)
    {
        var lines = File.ReadAllText(Path.Combine(Repo.Root, readme)).ReplaceLineEndings("\n").Split('\n');
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!CSharpFence().IsMatch(lines[i]))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            var block = lines[(i + 1)..end];
            var marker = i > 0 ? SnippetMarker().Match(lines[i - 1]) : Match.Empty;
            if (!marker.Success)
            {
                problems.Add($"{readme}:{i + 1}: a C# block without a '<!-- snippet: path#region -->' line above it");
            }
            else
            {
                var problem = Compare(marker.Groups["path"].Value, marker.Groups["region"].Value, block);
                if (problem is not null)
                {
                    problems.Add($"{readme}:{i + 1}: {problem}");
                }
            }

            i = end;
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Guide_HasNoCSharpBlock_AndEveryIncludeResolves(string guide)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, guide)).ReplaceLineEndings("\n");
        text.Split('\n').Where(l => CSharpFence().IsMatch(l)).Should().BeEmpty("guides include compiled regions instead of C# blocks");
        foreach (Match include in CodeInclude().Matches(text))
        {
            var path = Path.GetFullPath(Path.Combine(Repo.Root, "docs", include.Groups["path"].Value));
            File.Exists(path).Should().BeTrue(include.Value);
            Region(File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n'), include.Groups["region"].Value)
                .Should().NotBeNull($"{guide} includes region '{include.Groups["region"].Value}' of {include.Groups["path"].Value}");
        }
    }

    [Fact]
    public void Compare_DifferentBody_IsReported()
    {
        var problem = Compare("docs/snippets/Readme/CoreReadme.cs", "position", ["var position = DimensionPosition.FromStrengths(management: 0.1, leadership: 0.8);"]);
        problem.Should().Contain("differs");
    }

    [Fact]
    public void Compare_UsingMissingFromTheFile_IsReported()
    {
        var problem = Compare("docs/snippets/Readme/AnalysisReadme.cs", "reliability", ["using LeadershipModel.Reporting;", string.Empty, "x"]);
        problem.Should().Contain("using LeadershipModel.Reporting;");
    }

    /// <summary>Null when the block equals the region (leading <c>using</c> lines must be among the file's usings).</summary>
    private static string? Compare(string path, string region, string[] block)
    {
        var file = Path.Combine(Repo.Root, path);
        if (!File.Exists(file))
        {
            return $"snippet file {path} does not exist";
        }

        var source = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
        var body = Region(source, region);
        if (body is null)
        {
            return $"{path} has no region '{region}'";
        }

        if (Normalise(block) == Normalise(body))
        {
            return null;
        }

        var usings = block.TakeWhile(l => UsingDirective().IsMatch(l) || l.Length == 0).Where(l => l.Length > 0).ToList();
        var missing = usings.Where(u => !source.Contains(u)).ToList();
        if (missing.Count > 0)
        {
            return $"{string.Join(" ", missing)} is not among the usings of {path}";
        }

        var shown = Normalise(block.SkipWhile(l => UsingDirective().IsMatch(l) || l.Length == 0));
        var compiled = Normalise(body);
        return shown == compiled ? null : $"the block differs from {path}#{region}:\n--- README\n{shown}\n--- compiled\n{compiled}";
    }

    private static string[]? Region(string[] source, string name)
    {
        var start = Array.FindIndex(source, l => l.Trim() == "#region " + name);
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(source, start + 1, l => l.Trim().StartsWith("#endregion", StringComparison.Ordinal));
        return end < 0 ? null : source[(start + 1)..end];
    }

    /// <summary>Removes the common indentation, trailing spaces and leading or trailing blank lines.</summary>
    private static string Normalise(IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.TrimEnd()).ToList();
        while (list.Count > 0 && list[0].Length == 0)
        {
            list.RemoveAt(0);
        }

        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        var indent = list.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", list.Select(l => l.Length == 0 ? l : l[indent..]));
    }

    [GeneratedRegex(@"^using (static )?[\w.]+( = [\w.<>]+)?;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^\s*```\s*(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<path>[^#\s]+)#(?<region>[\w-]+)\s*-->\s*$")]
    private static partial Regex SnippetMarker();

    [GeneratedRegex(@"\[!code-csharp\[[^\]]*\]\((?<path>[^)#]+)#(?<region>[\w-]+)\)\]")]
    private static partial Regex CodeInclude();
}
