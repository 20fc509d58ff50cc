using CsCheck;

namespace LeadershipModel.Tests.Authority;

public sealed class AuthorityProfileTests
{
    private static Dictionary<PowerBase, double> All(double legitimate, double reward, double coercive, double expert, double informational, double referent) => new()
    {
        [PowerBase.Legitimate] = legitimate,
        [PowerBase.Reward] = reward,
        [PowerBase.Coercive] = coercive,
        [PowerBase.Expert] = expert,
        [PowerBase.Informational] = informational,
        [PowerBase.Referent] = referent,
    };

    [Fact]
    public void Create_ComputesSourcesShareAndPrimary_ByHand()
    {
        var p = AuthorityProfile.Create(All(0.6, 0.3, 0.0, 0.8, 0.4, 0.9));
        p.GetStrength(AuthoritySource.Positional).Should().BeApproximately(0.3, 1e-15);
        p.GetStrength(AuthoritySource.Expertise).Should().BeApproximately(0.6, 1e-15);
        p.GetStrength(AuthoritySource.Character).Should().BeApproximately(0.9, 1e-15);
        p.FollowerConferredShare.Should().BeApproximately(1.5 / 1.8, 1e-15);
        p.PrimarySource.Should().Be(AuthoritySource.Character);
        p.GetStrength(PowerBase.Referent).Should().Be(0.9);
    }

    [Fact]
    public void Create_ExpectedOutcome_IsStrengthWeightedMeanOfDefaults()
    {
        var p = AuthorityProfile.Create(new Dictionary<PowerBase, double> { [PowerBase.Coercive] = 1.0, [PowerBase.Referent] = 0.5 });
        // strength = mean(1.0, 0.5) = .75; mix = (1.0 * (.05, .35, .60) + 0.5 * (.75, .20, .05)) / 1.5
        p.ExpectedOutcome!.Strength.Should().BeApproximately(0.75, 1e-15);
        p.ExpectedOutcome.Commitment.Should().BeApproximately(0.75 * (0.05 + 0.375) / 1.5, 1e-12);
        p.ExpectedOutcome.Compliance.Should().BeApproximately(0.75 * (0.35 + 0.10) / 1.5, 1e-12);
        p.ExpectedOutcome.Resistance.Should().BeApproximately(0.75 * (0.60 + 0.025) / 1.5, 1e-12);
        p.ExpectedOutcome.None.Should().BeApproximately(0.25, 1e-15);
        p.ExpectedOutcome.MostLikely.Should().Be(InfluenceOutcome.Resistance);
    }

    [Fact]
    public void Create_PartialMeasurement_LeavesShareAbsent()
    {
        var p = AuthorityProfile.Create(new Dictionary<PowerBase, double> { [PowerBase.Expert] = 0.7 });
        p.Sources.Should().ContainSingle().Which.Source.Should().Be(AuthoritySource.Expertise);
        p.FollowerConferredShare.Should().BeNull();
        p.GetStrength(AuthoritySource.Positional).Should().BeNull();
        p.PrimarySource.Should().Be(AuthoritySource.Expertise);
    }

    [Fact]
    public void Create_AllZero_HasNoPrimaryOrShare_AndNoInfluence()
    {
        var p = AuthorityProfile.Create(All(0, 0, 0, 0, 0, 0));
        p.PrimarySource.Should().BeNull();
        p.FollowerConferredShare.Should().BeNull();
        p.ExpectedOutcome.Should().Be(OutcomeShares.NoInfluence);
        p.ExpectedOutcome!.None.Should().Be(1);
        p.ExpectedOutcome.MostLikely.Should().Be(InfluenceOutcome.None);
    }

    [Fact]
    public void Create_NothingMeasured_HasNoOutcome()
    {
        AuthorityProfile.Create([]).ExpectedOutcome.Should().BeNull();
    }

    [Fact]
    public void Create_HalfTheGrant_HalvesTheFollowerConferredInfluence_Issue11()
    {
        // Followers halve their grant: the influence falls, not only its mix (it was 0.63 to 0.59 before issue 11).
        var full = AuthorityProfile.Create(All(0, 0, 0, 0.8, 0.8, 0.8)).ExpectedOutcome!;
        var half = AuthorityProfile.Create(All(0, 0, 0, 0.4, 0.4, 0.4)).ExpectedOutcome!;
        half.Strength.Should().BeApproximately(full.Strength / 2, 1e-15);
        half.Commitment.Should().BeApproximately(full.Commitment / 2, 1e-15);
        half.None.Should().BeApproximately(1 - (0.4 / 2), 1e-15);
    }

    [Fact]
    public void Create_AlmostNothingLeft_MostLikelyNoInfluence_Issue11()
    {
        // legitimate 0.2, reward 0.1: strength (0.2 + 0.1) / 6 = 0.05; compliance was the most likely at 0.70 before.
        var o = AuthorityProfile.Create(All(0.2, 0.1, 0, 0, 0, 0)).ExpectedOutcome!;
        o.Strength.Should().BeApproximately(0.05, 1e-15);
        o.Compliance.Should().BeApproximately(0.05 * 0.70, 1e-12);
        o.None.Should().BeApproximately(0.95, 1e-15);
        o.MostLikely.Should().Be(InfluenceOutcome.None);
    }

    [Fact]
    public void Create_OutOfRangeStrength_Throws()
    {
        var act = () => AuthorityProfile.Create(new Dictionary<PowerBase, double> { [PowerBase.Expert] = 1.5 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Create_DuplicateBase_Throws()
    {
        var act = () => AuthorityProfile.Create([new(PowerBase.Expert, 0.2), new(PowerBase.Expert, 0.3)]);
        act.Should().Throw<ArgumentException>().WithMessage("*Expert*more than once*");
    }

    [Fact]
    public void Create_CustomOutcomeModel_IsUsed()
    {
        var p = AuthorityProfile.Create(All(1, 1, 1, 1, 1, 1), outcomeModel: new AlwaysResist());
        p.ExpectedOutcome!.Resistance.Should().Be(1);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        AuthorityProfile.Create(All(0.1, 0.2, 0.3, 0.4, 0.5, 0.6)).Should().Be(AuthorityProfile.Create(All(0.1, 0.2, 0.3, 0.4, 0.5, 0.6)));
    }

    [Fact]
    public void Property_ShareAndOutcomeStayInRange() =>
        Gen.Double[0, 1].Array[6].Sample(s =>
        {
            var p = AuthorityProfile.Create(All(s[0], s[1], s[2], s[3], s[4], s[5]));
            var o = p.ExpectedOutcome!;
            var outcomeOk = Math.Abs(o.Commitment + o.Compliance + o.Resistance + o.None - 1) < 1e-12
                && o.Strength == (s[0] + s[1] + s[2] + s[3] + s[4] + s[5]) / 6 && o.None == 1 - o.Strength;
            return p.FollowerConferredShare is null or (>= 0 and <= 1) && outcomeOk;
        });

    private sealed class AlwaysResist : IInfluenceOutcomeModel
    {
        public OutcomeWeights? Estimate(EquatableArray<PowerBaseScore> bases, AuthorityModel model) => OutcomeWeights.Create(0, 0, 1);
    }
}
