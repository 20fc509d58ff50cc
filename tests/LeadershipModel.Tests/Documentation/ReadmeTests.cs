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
    public void Readme_FirstTwoCommands_RunTheCliAndTheTests()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var commands = readme.Split('\n').Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).Take(2).ToList();
        commands.Should().Equal("dotnet run --project samples/LeadershipModel.Cli", "dotnet test -c Release");
        File.ReadAllText(Path.Combine(RepoRoot(), ".ci", "run")).Should().Contain("dotnet test -c Release");
    }
}
