namespace LeadershipModel.Cli.Infrastructure;

/// <summary>The simulated 360 data set that ships with the command (made by <c>leadership simulate</c> with a fixed seed).</summary>
internal static class SampleData
{
    public const string FileName = "sample-360.csv";

    /// <summary>The command that made the sample; <c>samples/data/README.md</c> repeats it.</summary>
    public const string Recipe = "leadership simulate --people 4 --raters manager=1,peer=3,direct-report=4 --seed 20261127 --comments --out samples/data/sample-360.csv";

    public static FileInfo Locate()
    {
        var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "data", FileName));
        return file.Exists ? file : throw new CliException($"the bundled sample {file} is missing; reinstall the tool or pass a CSV file.");
    }
}
