namespace LeadershipModel.Tests.Authority;

public sealed class AuthorityModelTests
{
    private static readonly AuthorityModel Model = AuthorityModel.Default;

    [Fact]
    public void Default_EveryBaseHasExactlyOneSource()
    {
        foreach (var b in Enum.GetValues<PowerBase>())
        {
            Model.Bases.Count(d => d.Base == b).Should().Be(1, $"{b} is defined once");
            Enum.IsDefined(Model.SourceOf(b)).Should().BeTrue();
        }
    }

    [Fact]
    public void Default_EverySourceHasAtLeastOneBase()
    {
        foreach (var s in Enum.GetValues<AuthoritySource>())
        {
            Model.BasesOf(s).Should().NotBeEmpty($"{s} has a base");
        }
    }

    [Theory]
    [InlineData(PowerBase.Legitimate, AuthoritySource.Positional)]
    [InlineData(PowerBase.Reward, AuthoritySource.Positional)]
    [InlineData(PowerBase.Coercive, AuthoritySource.Positional)]
    [InlineData(PowerBase.Expert, AuthoritySource.Expertise)]
    [InlineData(PowerBase.Informational, AuthoritySource.Expertise)]
    [InlineData(PowerBase.Referent, AuthoritySource.Character)]
    public void Default_MapsBasesAsFrenchAndRaven(PowerBase b, AuthoritySource s) => Model.SourceOf(b).Should().Be(s);

    [Fact]
    public void Default_PositionalIsConferredByTheOrganisationAndNotOwnPower()
    {
        var positional = Model.GetSource(AuthoritySource.Positional);
        positional.ConferredBy.Should().Be(Conferrer.Organization);
        positional.IsOwnPower.Should().BeFalse();
        positional.FollowersCanWithdraw.Should().BeFalse();
        foreach (var s in new[] { AuthoritySource.Expertise, AuthoritySource.Character })
        {
            Model.GetSource(s).ConferredBy.Should().Be(Conferrer.Followers);
            Model.GetSource(s).FollowersCanWithdraw.Should().BeTrue();
            Model.GetSource(s).IsOwnPower.Should().BeTrue();
            Model.IsFollowerConferred(s).Should().BeTrue();
        }
    }

    [Fact]
    public void Default_LeversAreCarrotAndStick()
    {
        Model.GetBase(PowerBase.Reward).Lever.Should().Be(TransactionalLever.Carrot);
        Model.GetBase(PowerBase.Coercive).Lever.Should().Be(TransactionalLever.Stick);
        Model.Bases.Where(b => b.Base is not (PowerBase.Reward or PowerBase.Coercive))
            .Should().AllSatisfy(b => b.Lever.Should().Be(TransactionalLever.None));
    }

    [Fact]
    public void Default_OutcomesFollowYukl()
    {
        foreach (var b in Model.Bases.Where(b => Model.IsFollowerConferred(b.Source)))
        {
            b.DefaultOutcome.MostLikely.Should().Be(InfluenceOutcome.Commitment, $"{b.Base} is conferred by followers");
        }

        Model.GetBase(PowerBase.Legitimate).DefaultOutcome.MostLikely.Should().Be(InfluenceOutcome.Compliance);
        Model.GetBase(PowerBase.Reward).DefaultOutcome.MostLikely.Should().Be(InfluenceOutcome.Compliance);
        Model.GetBase(PowerBase.Coercive).DefaultOutcome.MostLikely.Should().Be(InfluenceOutcome.Resistance);
    }

    [Fact]
    public void Create_MissingAndDuplicateDefinitions_ListsEveryProblem()
    {
        var sources = Model.Sources.Where(s => s.Source != AuthoritySource.Character).ToList();
        var bases = Model.Bases.Where(b => b.Base != PowerBase.Referent).Append(Model.GetBase(PowerBase.Expert)).ToList();
        var act = () => AuthorityModel.Create(sources, bases);
        act.Should().Throw<ArgumentException>()
            .WithMessage("*source Character is not defined*")
            .WithMessage("*power base Referent is not defined*")
            .WithMessage("*power base Expert is defined more than once*");
    }

    [Fact]
    public void Create_SourceWithoutBase_Throws()
    {
        var bases = Model.Bases.Select(b => b.Base == PowerBase.Referent ? b with { Source = AuthoritySource.Expertise } : b);
        var act = () => AuthorityModel.Create(Model.Sources, bases);
        act.Should().Throw<ArgumentException>().WithMessage("*source Character has no power base*");
    }

    [Fact]
    public void Create_CustomModel_EqualsWhenSame()
    {
        AuthorityModel.Create(Model.Sources, Model.Bases).Should().Be(Model);
    }
}
