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
        RaterAgreement.Rwg([3, 4, 4, 5, double.NaN], 5)!.Value.Should().BeApproximately(1 - ((2.0 / 3) / 2), 1e-15);
        RaterAgreement.Rwg([3], 5).Should().BeNull();
    }

    [Fact]
    public void RwgByTarget_RatingsOfSeveralTargets_GroupsByTarget()
    {
        var builder = ResponseMatrix.CreateBuilder(["q"]);
        builder.AddRow(new RespondentInfo { RespondentId = "a", TargetId = "boss", Role = RaterRole.DirectReport }, [4]);
        builder.AddRow(new RespondentInfo { RespondentId = "b", TargetId = "boss", Role = RaterRole.DirectReport }, [4]);
        builder.AddRow(new RespondentInfo { RespondentId = "c", TargetId = "peer", Role = RaterRole.Peer }, [1]);

        var result = RaterAgreement.RwgByTarget(builder.Build(), "q", 5);

        result.Select(r => r.TargetId).Should().Equal("boss", "peer");
        result[0].Rwg.Should().Be(1);
        result[1].Rwg.Should().BeNull();
        result[1].Raters.Should().Be(1);
    }
}
