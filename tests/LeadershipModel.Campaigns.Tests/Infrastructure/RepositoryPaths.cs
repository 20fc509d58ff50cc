namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>Paths in the repository these tests run from.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LeadershipModel.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"No LeadershipModel.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>Gets the repository's root folder (where LeadershipModel.sln is).</summary>
    public static string Root => RootFolder.Value;

    /// <summary>Gets the build configuration of these tests (Debug or Release), from the folder they run in.</summary>
    public static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Release";
}
