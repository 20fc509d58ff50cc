using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;

namespace LeadershipModel.Analysis.Tests.Documentation;

/// <summary>The package README's example runs as written (with the reference copy of bfi.csv).</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_OnBfi_ProducesPsychAlpha()
    {
        var read = ResponseMatrixCsvReader.ReadFile(ReferenceData.PathOf("bfi.csv"), new CsvReadOptions { GroupingColumns = ["gender", "education", "age"] });
        read.Rejections.Should().BeEmpty();

        var agree = ScaleKey.Parse("agree=-A1,A2,A3,A4,A5");
        var alpha = ReliabilityAnalysis.Alpha(read.Matrix, agree);
        var scored = ScaleScoring.ScoreItems(read.Matrix, ScaleKey.ParseMany(["agree=-A1,A2,A3,A4,A5", "neuro=N1,N2,N3,N4,N5"]));

        alpha.RawAlpha!.Value.Should().BeApproximately(0.703018446057304, 1e-12);
        scored.GetScore(0, 0).Should().NotBeNull();
    }
}
