#:project ../LeadershipModel.Benchmarks/LeadershipModel.Benchmarks.csproj
// Writes the comparison data set: N respondents × 76 Likert answers (1–5) in 38 two-item scales, about 1% missing,
// from a seed (SplitMix64; see benchmarks/LeadershipModel.Benchmarks/LikertData.cs). The same seed gives the same file.
// usage: dotnet run generate.cs -- PATH [ROWS=1000000] [SEED=42]
// Also writes PATH.keys (one psych-style key per line: s01=q01,q02 …) for the R script and the command line.
using System.Globalization;
using LeadershipModel.Benchmarks;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run generate.cs -- PATH [ROWS=1000000] [SEED=42]");
    return 2;
}

var path = args[0];
var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var seed = args.Length > 2 ? ulong.Parse(args[2], CultureInfo.InvariantCulture) : 42UL;
var sw = System.Diagnostics.Stopwatch.StartNew();
LikertData.WriteCsv(path, rows, seed);
File.WriteAllLines(path + ".keys", LikertData.KeyTexts);
Console.WriteLine($"wrote {path} ({rows:N0} × {LikertData.Items}, seed {seed}, {new FileInfo(path).Length / 1e6:F0} MB) and {path}.keys in {sw.Elapsed.TotalSeconds:F1} s");
return 0;
