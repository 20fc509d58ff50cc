namespace LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

/// <summary>Paths of the sample's source folder and data files.</summary>
internal static class SamplePaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string Sample => Path.Combine(RepoRoot, "samples", "LeadershipModel.Campaigns");

    public static string CompanyNorms => Path.Combine(Sample, "ScoringApi", "Data", "company-norms.json");

    public static string AcmePulse => Path.Combine(Sample, "ScoringApi", "Data", "acme-pulse.json");
}
