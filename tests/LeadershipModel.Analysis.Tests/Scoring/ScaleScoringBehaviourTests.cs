using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Scoring;
using LeadershipModel.Scoring;
namespace LeadershipModel.Analysis.Tests.Scoring;

public sealed class ScaleScoringBehaviourTests
{
    private static readonly double[][] Rows =
    [
        [1, 2, 5, 1], [2, 2, 4, 2], [3, 4, 3, 3], [4, 4, 2, 4], [5, 5, 1, 5], [double.NaN, double.NaN, double.NaN, 2],
    ];

    [Fact]
    public void ScoreItems_ImputeNone_RespondentWithNoAnswersHasNullScore()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "D"]);

        var result = ScaleScoring.ScoreItems(data, [ScaleKey.Parse("s=A,B,-C")]);

        result.GetScore(5, 0).Should().BeNull();
        result.GetScore(0, 0).Should().BeApproximately((1 + 2 + (6 - 5)) / 3.0, 1e-15);
        result.GetScaleScores("s").Should().HaveCount(6);
    }

    [Fact]
    public void ScoreItems_ItemKeyedTheWrongWay_FlaggedAsLookingUnreversed()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "D"]);

        var result = ScaleScoring.ScoreItems(data, [ScaleKey.Parse("s=A,B,C,D")]);

        result.Scales[0].SuspectedUnreversedItems.Should().Equal("C");
        result.Scales[0].ItemTotalCorrelations.Single(i => i.Key == "C").CorrectedR.Should().BeNegative();
    }

    [Fact]
    public void ScoreItems_MinMaxOverAllItemsScored_UsedForReversing()
    {
        var data = ResponseMatrix.FromRows([[1, 2], [2, 7]], ["A", "B"]);

        var result = ScaleScoring.ScoreItems(data, [ScaleKey.Parse("a=-A"), ScaleKey.Parse("b=B")]);

        result.ReverseMin.Should().Be(1);
        result.ReverseMax.Should().Be(7);
        result.GetScore(0, 0).Should().Be(7);
    }

    [Fact]
    public void ScoreItems_DuplicateScaleNames_Throws()
    {
        var data = ResponseMatrix.FromRows(Rows, ["A", "B", "C", "D"]);

        var act = () => ScaleScoring.ScoreItems(data, [ScaleKey.Parse("s=A"), ScaleKey.Parse("s=B")]);

        act.Should().Throw<ArgumentException>().WithMessage("Scale 's' is given twice.*");
    }

    [Fact]
    public void ScoreItems_ScoresStayWithinTheAnswerRange()
    {
        Samples.Check(Samples.Likert(), sample =>
        {
            var (rows, _) = sample;
            var ids = Enumerable.Range(1, rows[0].Length).Select(i => $"I{i}").ToArray();
            var data = ResponseMatrix.FromRows(rows, ids);
            var keys = new[] { ScaleKey.Create("s", ids.Select((id, i) => i % 2 == 0 ? id : "-" + id)) };

            foreach (var impute in Enum.GetValues<ImputationMethod>())
            {
                var result = ScaleScoring.ScoreItems(data, keys, new ScoreItemsOptions { Impute = impute, Min = 1, Max = 5 });
                for (var r = 0; r < result.RespondentCount; r++)
                {
                    result.GetScore(r, 0).GetValueOrDefault(3).Should().BeInRange(1, 5);
                }
            }
        });
    }
}
