using LeadershipModel.Feedback;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using static LeadershipModel.Analysis.Tests.Feedback.FeedbackProfiles;

namespace LeadershipModel.Analysis.Tests.Feedback;

public sealed class FeedbackAggregatorTests
{
    [Fact]
    public void Aggregate_EveryRoleAtThreshold_EachRoleShownAndAllOthers()
    {
        var report = FeedbackAggregator.Aggregate(Mix(1, 1, 3, 4, 3));

        Kinds(report).Should().Equal(
            (FeedbackGroupKind.Self, 1), (FeedbackGroupKind.Manager, 1), (FeedbackGroupKind.Peer, 3),
            (FeedbackGroupKind.DirectReport, 4), (FeedbackGroupKind.Other, 3), (FeedbackGroupKind.AllOthers, 11));
        report.MergedRaterCount.Should().Be(0);
        report.WithheldRaterCount.Should().Be(0);
        report.RaterCount.Should().Be(12);
    }

    [Fact]
    public void Aggregate_TwoSmallRoles_MergedIntoCombined()
    {
        var report = FeedbackAggregator.Aggregate(Mix(1, 1, 2, 2, 0));

        Kinds(report).Should().Equal((FeedbackGroupKind.Self, 1), (FeedbackGroupKind.Manager, 1), (FeedbackGroupKind.CombinedOthers, 4), (FeedbackGroupKind.AllOthers, 5));
        report.MergedRaterCount.Should().Be(4);
    }

    [Fact]
    public void Aggregate_OneSmallRoleBesideLargeOnes_SmallestLargeMergedSoNothingIsRecoverable()
    {
        // Peers 4, direct reports 3, other 1: "all others" minus peers minus direct reports would be the one "other"
        // rater; so the smallest shown role (direct reports) joins the combined group.
        var report = FeedbackAggregator.Aggregate(Mix(1, 0, 4, 3, 1));

        Kinds(report).Should().Equal((FeedbackGroupKind.Self, 1), (FeedbackGroupKind.Peer, 4), (FeedbackGroupKind.CombinedOthers, 4), (FeedbackGroupKind.AllOthers, 8));
        report.MergedRaterCount.Should().Be(4);
        report.WithheldRaterCount.Should().Be(0);
    }

    [Fact]
    public void Aggregate_TooFewAnonymousRaters_WithheldFromEveryFigure()
    {
        var profiles = Mix(1, 1, 2, 0, 0);
        profiles[1] = Rater("boss", RaterRole.Manager, management: 0.2);

        var report = FeedbackAggregator.Aggregate(profiles);

        Kinds(report).Should().Equal((FeedbackGroupKind.Self, 1), (FeedbackGroupKind.Manager, 1));
        report.WithheldRaterCount.Should().Be(2);
        report.Gaps.Single(g => g.IndexId == IndexIds.Management).Others.Should().Be(0.2);
    }

    [Fact]
    public void Aggregate_ManagerNotShownSeparately_ManagerTreatedAsAnonymous()
    {
        var report = FeedbackAggregator.Aggregate(Mix(1, 1, 3, 0, 0), new FeedbackOptions { ShowManagerSeparately = false });

        Kinds(report).Should().Equal((FeedbackGroupKind.Self, 1), (FeedbackGroupKind.CombinedOthers, 4));
    }

    [Fact]
    public void Aggregate_IndexSkippedByMostOfGroup_IndexWithheldInGroupAndAllOthers()
    {
        var profiles = Mix(1, 1, 3, 0, 0);
        for (var i = 3; i < 5; i++)
        {
            profiles[i] = profiles[i] with { Overall = profiles[i].Overall with { Leadership = null } };
        }

        var report = FeedbackAggregator.Aggregate(profiles);

        var peers = report.GetGroup(FeedbackGroupKind.Peer)!.Get(IndexIds.Leadership)!;
        peers.IsWithheld.Should().BeTrue();
        peers.Mean.Should().BeNull();
        report.GetGroup(FeedbackGroupKind.AllOthers)!.Get(IndexIds.Leadership)!.Count.Should().Be(1, "only the manager's published figure is pooled");
    }

    [Fact]
    public void Aggregate_GroupFigures_MeanAndSampleStandardDeviation()
    {
        var profiles = new[] { Rater("t", RaterRole.Self, 0.9), Rater("a", RaterRole.Peer, 0.2), Rater("b", RaterRole.Peer, 0.4), Rater("c", RaterRole.Peer, 0.6) };

        var peers = FeedbackAggregator.Aggregate(profiles).GetGroup(FeedbackGroupKind.Peer)!.Get(IndexIds.Management)!;

        peers.Count.Should().Be(3);
        peers.Mean.Should().BeApproximately(0.4, 1e-12);
        peers.StandardDeviation.Should().BeApproximately(0.2, 1e-12);
    }

    [Theory]
    [InlineData(0.9, 0.5, SelfOtherAgreement.OverEstimator)]
    [InlineData(0.3, 0.5, SelfOtherAgreement.UnderEstimator)]
    [InlineData(0.65, 0.6, SelfOtherAgreement.InAgreementHigh)]
    [InlineData(0.5, 0.4, SelfOtherAgreement.InAgreementLow)]
    [InlineData(0.7, 0.6, SelfOtherAgreement.InAgreementHigh)]
    public void Aggregate_SelfAndOthers_GapCategory(double self, double others, SelfOtherAgreement expected)
    {
        var profiles = new[] { Rater("t", RaterRole.Self, self), Rater("a", RaterRole.Peer, others), Rater("b", RaterRole.Peer, others), Rater("c", RaterRole.Peer, others) };

        var report = FeedbackAggregator.Aggregate(profiles);

        var gap = report.Gaps.Single(g => g.IndexId == IndexIds.Management);
        gap.Gap.Should().BeApproximately(self - others, 1e-12);
        gap.Agreement.Should().Be(expected);
        gap.Margin.Should().Be(0.1);
        report.AgreementMargin.Should().Be(0.1);
        report.ComparisonGroup.Should().Be(FeedbackGroupKind.AllOthers);
        report.Gaps.Should().Contain(g => g.IndexId.EndsWith("/leadership", StringComparison.Ordinal));
    }

    [Fact]
    public void Aggregate_ChosenComparisonGroup_GapAgainstIt()
    {
        var profiles = Mix(1, 0, 3, 0, 0);
        profiles.Add(Rater("boss", RaterRole.Manager, 0.1));

        var report = FeedbackAggregator.Aggregate(profiles, new FeedbackOptions { GapComparison = FeedbackGroupKind.Manager, AgreementMargin = 0.2 });

        report.ComparisonGroup.Should().Be(FeedbackGroupKind.Manager);
        var gap = report.Gaps.Single(g => g.IndexId == IndexIds.Management);
        gap.Others.Should().Be(0.1);
        gap.Agreement.Should().Be(SelfOtherAgreement.OverEstimator);
        gap.Margin.Should().Be(0.2);
    }

    [Fact]
    public void Aggregate_NoSelfRating_NoGaps()
        => FeedbackAggregator.Aggregate(Mix(0, 1, 3, 0, 0)).Gaps.Should().BeEmpty();

    [Fact]
    public void Aggregate_ProfilesOfTwoTargets_Throws()
        => FluentActions.Invoking(() => FeedbackAggregator.Aggregate([Rater("a", RaterRole.Peer), Rater("b", RaterRole.Peer, target: "u")]))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void AggregateByTarget_TwoTargets_OneReportEach()
    {
        var reports = FeedbackAggregator.AggregateByTarget([Rater("a", RaterRole.Peer), Rater("b", RaterRole.Peer, target: "u"), Rater("u", RaterRole.Self, target: "u")]);

        reports.Select(r => (r.TargetId, r.RaterCount)).Should().Equal(("t", 1), ("u", 2));
    }

    private static IEnumerable<(FeedbackGroupKind, int)> Kinds(FeedbackReport report) => report.Groups.Select(g => (g.Kind, g.RaterCount));
}
