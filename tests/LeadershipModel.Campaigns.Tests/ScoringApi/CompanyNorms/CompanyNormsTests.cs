using LeadershipModel.Norms;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.CompanyNorms;

public sealed class CompanyNormsTests
{
    [Fact]
    public void File_EqualsRegeneratedTable()
    {
        var expected = JsonFormats.NormTable.Write(CompanyNormsGenerator.Generate(ReferenceEngine.AcmePulse)) + "\n";
        if (Environment.GetEnvironmentVariable("LEADERSHIPMODEL_REGENERATE_NORMS") == "1")
        {
            File.WriteAllText(SamplePaths.CompanyNorms, expected);
        }

        File.ReadAllText(SamplePaths.CompanyNorms).ReplaceLineEndings("\n").Should().Be(expected.ReplaceLineEndings("\n"),
            "the committed norms are what CompanyNormsGenerator makes; regenerate with LEADERSHIPMODEL_REGENERATE_NORMS=1");
    }

    [Theory]
    [InlineData(IndexIds.Management)]
    [InlineData(IndexIds.Integration)]
    [InlineData(IndexIds.FollowerShare)]
    [InlineData("control-influence/leadership")]
    [InlineData("administer-steward/orientation")]
    [InlineData("base/referent")]
    [InlineData("source/character")]
    [InlineData("construct/psychological-safety")]
    public void File_CoversIndex_WithFullSample(string indexId)
    {
        ReferenceEngine.CompanyNorms.TryGet(indexId, out var index).Should().BeTrue();
        index!.SampleSize.Should().Be(CompanyNormsGenerator.SampleSize);
        index.Points.Count.Should().BeInRange(2, CompanyNormsGenerator.MaxPoints);
        index.StandardDeviation.Should().BePositive();
    }

    [Fact]
    public void File_EveryIndexTheEngineComparesForACanonicalProfile_IsInTheTable()
    {
        var profile = ReferenceEngine.Instance.Score(ResponseSets.Canonical()).Profile!;

        var compared = profile.Norms.Select(n => n.IndexId).ToList();

        compared.Should().HaveCount(ReferenceEngine.CompanyNorms.Indices.Count - 1, "every index but the pulse construct");
    }
}
