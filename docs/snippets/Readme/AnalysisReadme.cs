using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;

namespace LeadershipModel.Snippets.Readme;

/// <summary>The C# block of src/LeadershipModel.Analysis/README.md.</summary>
public static class AnalysisReadme
{
    public static (AlphaResult Alpha, double? FirstScore) Reliability()
    {
        #region reliability
        var read = ResponseMatrixCsvReader.ReadFile("samples/data/bfi.csv", new CsvReadOptions { GroupingColumns = ["gender", "education", "age"] });
        foreach (var rejected in read.Rejections)
        {
            Console.WriteLine(rejected.Message); // bfi.csv:14:3: 'x' in column 'A3' is not a number.
        }

        var agree = ScaleKey.Parse("agree=-A1,A2,A3,A4,A5");
        var alpha = ReliabilityAnalysis.Alpha(read.Matrix, agree);
        Console.WriteLine($"raw alpha {alpha.RawAlpha:F3}, std alpha {alpha.StandardizedAlpha:F3}, lambda 6 {alpha.Lambda6:F3}");

        var scored = ScaleScoring.ScoreItems(read.Matrix, ScaleKey.ParseMany(["agree=-A1,A2,A3,A4,A5", "neuro=N1,N2,N3,N4,N5"]));
        double? firstScore = scored.GetScore(0, 0);
        #endregion
        return (alpha, firstScore);
    }
}
