#:project ../../src/LeadershipModel.Analysis/LeadershipModel.Analysis.csproj
// In-process timing of the LeadershipModel side of the comparison: ResponseMatrixCsvReader.ReadFile, then
// ScaleScoring.ScoreItems(impute none), on the file compare.sh generated. Prints one JSON object:
// {"read_seconds":…, "score_seconds":…, "total_seconds":…, "rows":…, "alpha":{"s01":…,…}}.
// usage: dotnet run -c Release time-dotnet.cs -- FILE KEYSFILE
using System.Diagnostics;
using System.Globalization;
using System.Text;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Scoring;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run -c Release time-dotnet.cs -- FILE KEYSFILE");
    return 2;
}

var keys = ScaleKey.ParseMany(File.ReadAllLines(args[1]));
var total = Stopwatch.StartNew();
var read = ResponseMatrixCsvReader.ReadFile(args[0]);
var readSeconds = total.Elapsed.TotalSeconds;
var score = Stopwatch.StartNew();
var result = ScaleScoring.ScoreItems(read.Matrix, keys, new ScoreItemsOptions { Impute = ImputationMethod.None });
var scoreSeconds = score.Elapsed.TotalSeconds;
var totalSeconds = total.Elapsed.TotalSeconds;

var json = new StringBuilder();
json.Append(CultureInfo.InvariantCulture, $"{{\"read_seconds\":{readSeconds:R},\"score_seconds\":{scoreSeconds:R},\"total_seconds\":{totalSeconds:R},");
json.Append(CultureInfo.InvariantCulture, $"\"rows\":{read.Matrix.RespondentCount},\"rejected\":{read.Rejections.Count},\"compact\":{(read.Matrix.IsCompact ? "true" : "false")},\"alpha\":{{");
for (var s = 0; s < result.Scales.Count; s++)
{
    var a = result.Scales[s];
    json.Append(CultureInfo.InvariantCulture, $"{(s > 0 ? "," : "")}\"{a.Scale.Name}\":{(a.Alpha is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null")}");
}

json.Append("}}");
Console.WriteLine(json);
return 0;
