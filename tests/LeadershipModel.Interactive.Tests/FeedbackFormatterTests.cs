using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Interactive.Tests;

[Collection(FormatterRegistry.Name)]
public sealed class FeedbackFormatterTests
{
    public FeedbackFormatterTests() => LeadershipModelFormatters.Register(LeadershipModelFormatterOptions.Default);

    private static FeedbackReport Report(string target, int peers)
    {
        var sample = ResponseSimulator.Simulate(CanonicalInstruments.Full, new SimulationOptions
        {
            Seed = 3,
            TargetCount = 1,
            Raters = [new RaterGroup(RaterRole.Self), new RaterGroup(RaterRole.Manager), new RaterGroup(RaterRole.Peer, peers)],
        });
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Full).Build();
        var profiles = sample.ResponseSets.Select(s => engine.Score(s with { TargetId = target, RespondentId = s.Role == RaterRole.Self ? target : s.RespondentId }).Profile!);
        return FeedbackAggregator.Aggregate(profiles);
    }

    [Fact]
    public void FeedbackReport_Html_ShowsPublishedGroupsAndGaps()
    {
        var report = Report("T1", peers: 3);

        var html = report.ToDisplayString(HtmlFormatter.MimeType);

        html.Should().Contain("360 feedback for T1").And.Contain(">peers<").And.Contain(">manager<").And.Contain("Self–other gaps");
        html.Should().Contain(report.Gaps[0].IndexId);
    }

    [Fact]
    public void FeedbackReport_Html_SmallGroupIsNotShownApartAndTargetIsEncoded()
    {
        var report = Report("<script>alert(1)</script>", peers: 2);

        var html = report.ToDisplayString(HtmlFormatter.MimeType);

        html.Should().NotContain(">peers<", "two peers are fewer than the anonymity threshold").And.NotContain("<script");
        html.Should().Contain("&lt;script&gt;");
    }
}
