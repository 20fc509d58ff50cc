using LeadershipModel.Analysis.Agreement;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Responses;
namespace LeadershipModel.Analysis.Tests.Agreement;

public sealed class RaterAgreementTests
{
    [Fact]
    public void Icc1_BalancedRatings_MatchesPsychIcc1()
    {
        // psych::ICC(matrix(c(4,5,4,5, 2,3,2,2, 5,5,4,5, 3,2,3,3, 1,2,1,2), ncol = 4, byrow = TRUE))$results$ICC[1]
        double[][] wide = [[4, 5, 4, 5], [2, 3, 2, 2], [5, 5, 4, 5], [3, 2, 3, 3], [1, 2, 1, 2]];
        var targets = new List<string>();
        var scores = new List<double>();
        for (var t = 0; t < wide.Length; t++)
        {
            foreach (var s in wide[t])
            {
                targets.Add($"t{t}");
                scores.Add(s);
            }
        }

        var result = RaterAgreement.Icc1(targets, scores);

        result.Icc1!.Value.Should().BeApproximately(0.873015873015873, 1e-12);
        result.TargetCount.Should().Be(5);
        result.RatingCount.Should().Be(20);
        result.GroupSize.Should().BeApproximately(4, 1e-12);
    }

    [Fact]
    public void Rwg_FivePointItem_UsesUniformNullVariance()
    {
        // s² of (3, 4, 4, 5) = 2/3; σ²_EU = (25 − 1)/12 = 2.
        RaterAgreement.Rwg([3, 4, 4, 5, double.NaN], 1, 5)!.Value.Should().BeApproximately(1 - ((2.0 / 3) / 2), 1e-15);
        RaterAgreement.Rwg([3], 1, 5).Should().BeNull();
    }

    [Fact]
    public void Rwg_MoreVarianceThanTheNull_IsCappedAtZero_UncappedStaysNegative()
    {
        // s² of (1, 5, 1, 5) = 16/3 > 2: capped r_wg = 0, uncapped 1 − 8/3.
        RaterAgreement.Rwg([1, 5, 1, 5], 1, 5).Should().Be(0);
        RaterAgreement.RwgUncapped([1, 5, 1, 5], 1, 5)!.Value.Should().BeApproximately(1 - (16.0 / 3 / 2), 1e-14);
    }

    [Fact]
    public void Rwg_AnswerOutsideTheScale_IsRejectedWithTheValue()
    {
        var act = () => RaterAgreement.Rwg([3, 6], 1, 5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*6*outside the scale [1, 5]*");
    }

    [Fact]
    public void RwgJ_RowWithAMissingAnswer_IsDropped()
    {
        double[][] rows = [[3, 4], [4, 4], [5, double.NaN], [4, 5]];

        var (rwgJ, _, raters) = RaterAgreement.RwgJ(rows, 1, 5);

        // Complete rows (3,4), (4,4), (4,5): item variances 1/3 and 1/3, mean 1/3; J = 2, ranvar 2.
        var s = (1.0 / 3) / 2;
        raters.Should().Be(3);
        rwgJ!.Value.Should().BeApproximately(2 * (1 - s) / ((2 * (1 - s)) + s), 1e-14);
    }

    [Fact]
    public void RwgByTarget_RatingsOfSeveralTargets_GroupsByTarget()
    {
        var builder = ResponseMatrix.CreateBuilder(["q"]);
        builder.AddRow(new RespondentInfo { RespondentId = "a", TargetId = "boss", Role = RaterRole.DirectReport }, [4]);
        builder.AddRow(new RespondentInfo { RespondentId = "b", TargetId = "boss", Role = RaterRole.DirectReport }, [4]);
        builder.AddRow(new RespondentInfo { RespondentId = "c", TargetId = "peer", Role = RaterRole.Peer }, [1]);

        var result = RaterAgreement.RwgByTarget(builder.Build(), "q", 1, 5);

        result.Select(r => r.TargetId).Should().Equal("boss", "peer");
        result[0].Rwg.Should().Be(1);
        result[1].Rwg.Should().BeNull();
        result[1].Raters.Should().Be(1);
    }
}
