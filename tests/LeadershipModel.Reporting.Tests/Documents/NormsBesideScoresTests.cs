using System.Globalization;
using LeadershipModel.Norms;
using LeadershipModel.Reporting.Html;
using LeadershipModel.Reporting.Markdown;
using LeadershipModel.Reporting.Text;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Tests.Documents;

/// <summary>With norms, every format prints the percentile and T beside each normed score, and the norm table as an appendix with labels.</summary>
public sealed class NormsBesideScoresTests
{
    private static NormPoint[] Uniform => [new NormPoint(0, 0), new NormPoint(1, 100)];

    private static LeadershipProfile Profile()
    {
        var instrument = TestProfiles.Canonical();
        var table = NormTable.Create("n", "Norms", 100,
        [
            NormIndex.Create(IndexIds.Leadership, 100, Uniform),
            NormIndex.Create(IndexIds.ForDimension("control-influence", IndexIds.Management), 100, Uniform),
        ]);
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).UseNorms(table).Build();
        var set = ResponseSet.Create(instrument.Id, instrument.Version, "r1", instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)TestProfiles.Pattern(i))));
        return engine.Score(set).Profile!;
    }

    private static string Expected(LeadershipProfile profile, string indexId, double value)
    {
        var norm = profile.GetNorm(indexId)!;
        return value.ToString("F2", CultureInfo.InvariantCulture) + " (P" + Math.Round(norm.Percentile, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)
            + ", T" + Math.Round(norm.TScore, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + ")";
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void EveryFormat_PrintsPercentileAndTBesideTheNormedScores(string format)
    {
        var profile = Profile();
        var output = format switch
        {
            "text" => TextReport.Render(profile, DimensionSet.Canonical),
            "markdown" => MarkdownReport.Render(profile, DimensionSet.Canonical),
            _ => HtmlReport.RenderAll([profile], DimensionSet.Canonical),
        };

        var management = profile.GetDimension("control-influence")!.Value.Position.Management!.Value;
        output.Should().Contain(Expected(profile, IndexIds.ForDimension("control-influence", IndexIds.Management), management));
        output.Should().Contain(Expected(profile, IndexIds.Leadership, profile.Overall.Leadership!.Value));
        output.Should().Contain("Appendix: norms").And.Contain("Control and influence: Seek control (M)").And.Contain("Overall leadership (L)");
        output.Should().NotContain("control-influence/management", "the appendix names indices by their labels");
        output.IndexOf("Appendix: norms", StringComparison.Ordinal).Should().BeGreaterThan(output.IndexOf("Provenance", StringComparison.Ordinal), "the norm table is an appendix");
    }

    [Fact]
    public void WithoutNorms_ScoresStandAlone()
    {
        var instrument = TestProfiles.Canonical();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var profile = engine.Score(ResponseSet.Create(instrument.Id, instrument.Version, "r1", instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, (double?)TestProfiles.Pattern(i))))).Profile!;

        var text = TextReport.Render(profile, DimensionSet.Canonical);

        text.Should().NotContain("(P").And.NotContain("Appendix: norms");
    }
}
