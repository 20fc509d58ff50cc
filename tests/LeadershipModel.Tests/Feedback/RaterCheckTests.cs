using LeadershipModel.Feedback;
using LeadershipModel.Responses;

namespace LeadershipModel.Tests.Feedback;

/// <summary>The rater rules as regression tests for the anonymity attacks of issue 10.</summary>
public sealed class RaterCheckTests
{
    private static ResponseSet Set(string respondent, RaterRole role, string? target = "T1")
        => ResponseSet.Create("i", "1", respondent, [], role, target);

    [Fact]
    public void Check_ForeignSelf_RejectedNeverShownAsTheTargetsSelf()
    {
        var result = RaterCheck.Check([Set("T1", RaterRole.Self), Set("P1", RaterRole.Self)]);

        result.Accepted.Should().Equal(0);
        result.Rejections.Should().ContainSingle().Which.Should().Match<RaterRejection>(r => r.Index == 1 && r.Code == RaterRejectionCodes.ForeignSelf);
    }

    [Fact]
    public void Check_PersonAsTheirOwnPeer_Rejected()
    {
        var result = RaterCheck.Check([Set("T1", RaterRole.Self), Set("T1", RaterRole.Peer), Set("P1", RaterRole.Peer)]);

        result.Accepted.Should().Equal(0, 2);
        result.Rejections.Should().ContainSingle().Which.Code.Should().Be(RaterRejectionCodes.OwnObserver);
    }

    [Fact]
    public void Check_DuplicateRater_LaterRowRejectedNamingTheEarlierOne()
    {
        var result = RaterCheck.Check([Set("P1", RaterRole.Peer), Set("P2", RaterRole.Peer), Set("P1", RaterRole.DirectReport), Set("P1", RaterRole.Peer, "T2")]);

        result.Accepted.Should().Equal(0, 1, 3);
        var duplicate = result.Rejections.Should().ContainSingle().Subject;
        duplicate.Code.Should().Be(RaterRejectionCodes.DuplicateRater);
        duplicate.Index.Should().Be(2);
        duplicate.EarlierIndex.Should().Be(0);
    }

    [Fact]
    public void Check_SecondSelfRowOfTheSamePerson_RejectedNotSilentlyDropped()
    {
        var result = RaterCheck.Check([Set("A", RaterRole.Self, null), Set("A", RaterRole.Self, "A")]);

        result.Accepted.Should().Equal(0);
        result.Rejections.Should().ContainSingle().Which.EarlierIndex.Should().Be(0);
    }

    [Fact]
    public void Check_AnyRows_AcceptedPlusRejectedIsEveryRow()
    {
        var sets = new[] { Set("T1", RaterRole.Self), Set("T1", RaterRole.Self), Set("X", RaterRole.Self), Set("T1", RaterRole.Other), Set("Y", RaterRole.Manager) };

        var result = RaterCheck.Check(sets);

        result.Accepted.Concat(result.Rejections.Select(r => r.Index)).Order().Should().Equal(Enumerable.Range(0, sets.Length));
    }
}
