using LeadershipModel.Analysis.Teams;
using LeadershipModel.Analysis.Tests.Feedback;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Teams;

namespace LeadershipModel.Analysis.Tests.Teams;

public sealed class UnitRollupTests
{
    private static List<LeadershipProfile> People(params (string Id, double M, double L)[] people)
        => [.. people.Select(p => FeedbackProfiles.Rater(p.Id, RaterRole.Self, p.M, p.L, target: p.Id))];

    [Fact]
    public void Build_CountsQuadrantsAndTypes()
    {
        var report = UnitRollup.Build(People(("a", 0.8, 0.2), ("b", 0.2, 0.8), ("c", 0.7, 0.9), ("d", 0.1, 0.1), ("e", 0.6, 0.3)));

        var unit = report.Units.Single();
        unit.Unit.Should().Be(UnitRollup.NoUnit);
        unit.People.Should().Be(5);
        unit.Quadrants.Should().Be(new QuadrantCounts { Manager = 2, Leader = 1, Integrator = 1, Disengaged = 1 });
        report.Withheld.Should().BeEmpty();
    }

    [Fact]
    public void Build_UnitBelowTheMinimum_IsWithheldWithItsReason()
    {
        var units = new Dictionary<string, string> { ["a"] = "sales", ["b"] = "sales", ["c"] = "sales", ["d"] = "legal", ["e"] = "legal" };

        var report = UnitRollup.Build(People(("a", 0.8, 0.2), ("b", 0.2, 0.8), ("c", 0.7, 0.9), ("d", 0.1, 0.1), ("e", 0.6, 0.3)), units.GetValueOrDefault);

        report.Units.Select(u => u.Unit).Should().Equal("sales");
        var legal = report.Withheld.Single();
        (legal.Unit, legal.People).Should().Be(("legal", 2));
        legal.Reason.Should().Contain("fewer than the minimum unit size of 3");
    }

    [Fact]
    public void QuartilesOf_MatchesRQuantileType7()
    {
        // R: quantile(c(0.1, 0.2, 0.4, 0.7, 0.9), type = 7) gives 0.2, 0.4, 0.7; for (1, 2, 3, 4): 1.75, 2.5, 3.25.
        var five = UnitRollup.QuartilesOf([0.1, 0.2, 0.4, 0.7, 0.9])!;
        var four = UnitRollup.QuartilesOf([1, 2, 3, 4])!;

        (five.Q1, five.Median, five.Q3).Should().Be((0.2, 0.4, 0.7));
        (four.Q1, four.Median, four.Q3).Should().Be((1.75, 2.5, 3.25));
        UnitRollup.QuartilesOf([]).Should().BeNull();
    }

    [Fact]
    public void Build_Coverage_SaysWhetherSomeoneIsHighOnEachPole()
    {
        var profiles = ScoredSamples.Profiles(ScoredSamples.Sets(6, seed: 11));

        var unit = UnitRollup.Build(profiles).Units.Single();

        foreach (var d in unit.Dimensions)
        {
            var ms = profiles.Select(p => p.GetDimension(d.DimensionId)!.Value.Position.Management!.Value).ToList();
            d.CoveredManagement.Should().Be(ms.Any(m => m >= 0.5));
            d.Management!.Median.Should().BeInRange(ms.Min(), ms.Max());
        }
    }
}
