namespace LeadershipModel.Snippets.Tests;

/// <summary>
/// The repository root, and one scratch working directory for the whole run in which <c>samples</c> points at the
/// repository's samples: snippets read <c>samples/data/…</c> as the READMEs say, and what they write stays out of the clone.
/// </summary>
internal static class Repo
{
    private static readonly Lazy<string> Scratch = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("leadership-snippets-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(dir, "samples"), Path.Combine(FindRoot(), "samples"));
        return dir;
    });

    public static string Root { get; } = FindRoot();

    /// <summary>Makes the scratch directory the current directory (the same one for every test, so parallel tests agree).</summary>
    public static string EnterScratch()
    {
        Directory.SetCurrentDirectory(Scratch.Value);
        return Scratch.Value;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    }
}
