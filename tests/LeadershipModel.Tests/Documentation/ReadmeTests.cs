namespace LeadershipModel.Tests.Documentation;

public sealed class ReadmeTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Readme_QuickStart_IsTheCompiledSample()
    {
        var root = RepoRoot();
        var program = File.ReadAllText(Path.Combine(root, "samples", "LeadershipModel.QuickStart", "Program.cs")).ReplaceLineEndings("\n");
        var start = program.IndexOf("#region quickstart\n", StringComparison.Ordinal);
        var end = program.IndexOf("#endregion", StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1);
        var snippet = program[(start + "#region quickstart\n".Length)..end];

        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        readme.Should().Contain("```csharp\n" + snippet + "```", "the README shows the quick-start sample verbatim");
    }

    [Fact]
    public void Readme_FirstTwoCommands_RunTheCliAndTheTests()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var commands = readme.Split('\n').Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).Take(2).ToList();
        commands.Should().Equal("dotnet run --project samples/LeadershipModel.Cli", "dotnet test -c Release");
        File.ReadAllText(Path.Combine(RepoRoot(), ".ci", "run")).Should().Contain("dotnet test -c Release");
    }
}
