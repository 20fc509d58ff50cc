namespace LeadershipModel.Tests.Dimensions;

public sealed class CanonicalDimensionsTests
{
    private static string ReadSeed()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "seeds");
        var files = Directory.GetFiles(dir, "*.txt");
        files.Should().ContainSingle("the seed folder holds exactly one seed document");
        return File.ReadAllText(files[0]);
    }

    [Fact]
    public void All_MatchesSeed_EveryPolePairInSeedOrder()
    {
        var lines = ReadSeed().Split('\n').Select(l => l.Trim()).ToList();
        var lastLine = -1;
        foreach (var dimension in CanonicalDimensions.All)
        {
            var pair = $"{dimension.ManagementPole.Label} {dimension.LeadershipPole.Label}";
            var line = lines.IndexOf(pair);
            line.Should().BeGreaterThan(lastLine, $"the seed pairs \"{pair}\" on its own line after the previous dimension");
            lastLine = line;
        }
    }

    [Fact]
    public void All_HasNineteenDimensionsInSeedOrder()
    {
        CanonicalDimensions.All.Should().HaveCount(19);
        CanonicalDimensions.All.Select(d => d.Order).Should().Equal(Enumerable.Range(1, 19));
        CanonicalDimensions.All[0].ManagementPole.Label.Should().Be("Seek control");
        CanonicalDimensions.All[0].LeadershipPole.Label.Should().Be("Seek influence");
        CanonicalDimensions.All[18].ManagementPole.Label.Should().Be("Administer resources");
        CanonicalDimensions.All[18].LeadershipPole.Label.Should().Be("Steward resources");
    }

    [Fact]
    public void All_IdsAreUniqueKebabCaseAndMatchIdConstants()
    {
        var ids = CanonicalDimensions.All.Select(d => d.Id).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().AllSatisfy(id => id.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$"));
        var constants = typeof(CanonicalDimensions.Ids).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        constants.Should().BeEquivalentTo(ids);
        CanonicalDimensions.ControlInfluence.Id.Should().Be("control-influence");
    }

    [Fact]
    public void All_EveryDimensionHasDescriptionsAndAKnownFacet()
    {
        var facets = typeof(Facets).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        foreach (var d in CanonicalDimensions.All)
        {
            d.Description.Length.Should().BeGreaterThan(80, $"{d.Id} has a paragraph of description");
            d.ManagementPole.Description.Should().NotBeNullOrWhiteSpace();
            d.LeadershipPole.Description.Should().NotBeNullOrWhiteSpace();
            facets.Should().Contain(d.Facet);
        }
    }
}
