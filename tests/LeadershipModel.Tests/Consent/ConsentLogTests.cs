using LeadershipModel.Consent;

namespace LeadershipModel.Tests.Consent;

public sealed class ConsentLogTests
{
    private static ConsentState Initial(ConsentRole? role = null) => new(0, role,
        [new ConsentFollowerState("F1", true, new ConsentGrant(0.8, 0.6, 0.7)), new ConsentFollowerState("F2", true, new ConsentGrant(0.4, 0.4, 0.4))]);

    private static ConsentEvent Follower(int step, ConsentEventKind kind, string id = "F1") => ConsentEvent.ForFollower(step, kind, id);

    [Fact]
    public void Fold_ByHand_AppliesEveryRule()
    {
        var role = new ConsentRole(0.8, 0.5, 0.4);
        ConsentEvent[] log =
        [
            ConsentEvent.RoleGranted(1, role),
            Follower(2, ConsentEventKind.ConsentWithdrawn),
            Follower(2, ConsentEventKind.RewardOffered),
            ConsentEvent.WithAmount(3, ConsentEventKind.TrustBroken, "F1", 0.5),
            ConsentEvent.WithAmount(3, ConsentEventKind.ExpertiseShown, "F2", 0.7),
        ];

        var state = ConsentLog.Fold(Initial(), log).State!;

        state.Step.Should().Be(3);
        state.Role.Should().Be(role);
        state.RewardsOffered.Should().Be(1);
        state.Followers[0].Consenting.Should().BeFalse();
        state.Followers[0].RewardActive.Should().BeFalse("a reward lasts for the step it is offered in");
        state.Followers[0].Grant.Referent.Should().BeApproximately(0.2, 1e-15);
        state.Followers[1].Grant.Expert.Should().Be(1, "grants are clamped to 1");
        state.Followers[1].Grant.Informational.Should().Be(1);
        ConsentLog.Replay(Initial(), log, 2).State!.Followers[0].RewardActive.Should().BeTrue();
    }

    public static TheoryData<string, int, string> InvalidLogs() => new()
    {
        { "carrot without a role", 1, ConsentLogErrorCodes.CarrotWithoutRole },
        { "stick without a role", 1, ConsentLogErrorCodes.StickWithoutRole },
        { "role granted twice", 1, ConsentLogErrorCodes.RoleAlreadyGranted },
        { "role revoked without a role", 0, ConsentLogErrorCodes.NoRoleToRevoke },
        { "withdrawn twice", 1, ConsentLogErrorCodes.NotConsenting },
        { "granted while consenting", 0, ConsentLogErrorCodes.AlreadyConsenting },
        { "unknown follower", 0, ConsentLogErrorCodes.UnknownFollower },
        { "out of order", 1, ConsentLogErrorCodes.OutOfOrder },
        { "carrot with a role without reward power", 1, ConsentLogErrorCodes.CarrotWithoutRole },
    };

    [Theory]
    [MemberData(nameof(InvalidLogs))]
    public void Fold_InvalidSequence_ReportsTheEventsIndexAndCode(string name, int index, string code)
    {
        ConsentEvent[] log = name switch
        {
            "carrot without a role" => [Follower(1, ConsentEventKind.ConsentWithdrawn), Follower(2, ConsentEventKind.RewardOffered)],
            "stick without a role" => [Follower(1, ConsentEventKind.ConsentWithdrawn), Follower(2, ConsentEventKind.SanctionThreatened)],
            "role granted twice" => [ConsentEvent.RoleGranted(1, new(1, 1, 1)), ConsentEvent.RoleGranted(2, new(1, 1, 1))],
            "role revoked without a role" => [ConsentEvent.RoleRevoked(1)],
            "withdrawn twice" => [Follower(1, ConsentEventKind.ConsentWithdrawn), Follower(2, ConsentEventKind.ConsentWithdrawn)],
            "granted while consenting" => [Follower(1, ConsentEventKind.ConsentGranted)],
            "unknown follower" => [Follower(1, ConsentEventKind.ConsentWithdrawn, "F9")],
            "out of order" => [Follower(3, ConsentEventKind.ConsentWithdrawn), Follower(2, ConsentEventKind.ConsentWithdrawn, "F2")],
            _ => [ConsentEvent.RoleGranted(1, new(1, 0, 1)), Follower(2, ConsentEventKind.RewardOffered)],
        };

        var result = ConsentLog.Fold(Initial(), log);

        result.IsValid.Should().BeFalse();
        result.State.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<ConsentLogError>(e => e.Index == index && e.Code == code);
    }

    [Fact]
    public void Fold_CarrotWithoutRole_SaysSoInWords()
    {
        var result = ConsentLog.Fold(Initial(), [Follower(1, ConsentEventKind.RewardOffered, "F2")]);
        result.Errors.Single().Message.Should().Contain("carrot").And.Contain("F2").And.Contain("step 1").And.Contain("without a role");
    }

    [Fact]
    public void Fold_SeveralInvalidEvents_ListsEachWithItsIndex()
    {
        var result = ConsentLog.Fold(Initial(), [ConsentEvent.RoleRevoked(1), Follower(1, ConsentEventKind.ConsentWithdrawn), Follower(2, ConsentEventKind.SanctionThreatened)]);
        result.Errors.Select(e => e.Index).Should().Equal(0, 2);
    }

    [Fact]
    public void Fold_EventAtTheInitialStep_IsOutOfOrder()
    {
        var initial = Initial() with { Step = 3 };
        ConsentLog.Fold(initial, [Follower(3, ConsentEventKind.ConsentWithdrawn)]).Errors.Single().Code.Should().Be(ConsentLogErrorCodes.OutOfOrder);
    }

    [Fact]
    public void Replay_PastTheLastEvent_AdvancesTheStepAndEndsTheLevers()
    {
        var log = new[] { ConsentEvent.RoleGranted(1, new(1, 1, 1)), Follower(1, ConsentEventKind.SanctionThreatened) };
        var state = ConsentLog.Replay(Initial(), log, 5).State!;
        state.Step.Should().Be(5);
        state.Followers[0].SanctionActive.Should().BeFalse();
    }

    [Fact]
    public void Events_FieldsMustFitTheKind()
    {
        ((Action)(() => ConsentEvent.ForFollower(1, ConsentEventKind.RoleRevoked, "F1"))).Should().Throw<ArgumentException>();
        ((Action)(() => ConsentEvent.ForFollower(1, ConsentEventKind.TrustBroken, "F1"))).Should().Throw<ArgumentException>();
        ((Action)(() => ConsentEvent.WithAmount(1, ConsentEventKind.TrustBroken, "F1", 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => ConsentEvent.RoleRevoked(0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void EventKinds_HaveTheirDocumentedNames()
    {
        Enum.GetValues<ConsentEventKind>().Select(ConsentEventKinds.ToName).Should().Equal(
            "role-granted", "role-revoked", "consent-granted", "consent-withdrawn", "expertise-shown", "trust-broken", "reward-offered", "sanction-threatened");
        ConsentEventKinds.TryParse("sanction-threatened", out var kind).Should().BeTrue();
        kind.Should().Be(ConsentEventKind.SanctionThreatened);
        ConsentEventKinds.TryParse("stick", out _).Should().BeFalse();
    }
}
