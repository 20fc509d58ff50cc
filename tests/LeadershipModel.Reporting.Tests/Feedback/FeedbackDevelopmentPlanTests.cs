using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Tests.Feedback;

public sealed class FeedbackDevelopmentPlanTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Short;

    private static bool IsPositional(Item item)
        => item.Target is { Kind: ItemTargetKind.PowerBase, PowerBase: PowerBase.Legitimate or PowerBase.Reward or PowerBase.Coercive };

    /// <summary>Others rate coercive items lowest and reward items highest; self agrees with them everywhere (no blind spots).</summary>
    private static (FeedbackDocument Document, string Markdown) Plan()
    {
        double Answer(Item item, int i) => item.Target.PowerBase switch
        {
            PowerBase.Coercive => 1,
            PowerBase.Reward => 5,
            _ => 2 + (i % 3),
        };

        var roles = new[] { RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.Peer, RaterRole.Peer };
        var sets = roles.Select((role, k) => ResponseSet.Create(Instrument.Id, Instrument.Version, role == RaterRole.Self ? "T1" : $"rater-{k}",
            Instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, Answer(item, i))), role, "T1")).ToList();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();
        var document = FeedbackDocumentBuilder.Build(engine, Instrument, sets).Document;
        return (document, FeedbackReportWriter.Render("markdown", document, document.Targets[0], DimensionSet.Canonical));
    }

    private static string PlanSection(string markdown) => markdown[markdown.IndexOf("## Development plan", StringComparison.Ordinal)..markdown.IndexOf("## What the numbers mean", StringComparison.Ordinal)];

    [Fact]
    public void Plan_LeavesPositionalPowerOut_OfStrengthsAndPriorities()
    {
        var (document, markdown) = Plan();
        var target = document.Targets[0];
        target.Lowest.Should().Contain(l => l.Target!.PowerBase == PowerBase.Coercive, "the coercive items are the lowest rated");
        target.Highest.Should().Contain(h => h.Target!.PowerBase == PowerBase.Reward, "the reward items are the highest rated");

        var plan = PlanSection(markdown);
        foreach (var item in Instrument.Items.Where(IsPositional))
        {
            plan.Should().NotContain(Instrument.GetItemText(item.Id, FormIds.Observer), "position is granted by the organisation, not a behaviour to grow");
        }

        plan.Should().Contain("Strengths to keep").And.Contain("among the lowest rated", "behaviour items still fill the plan");
    }

    [Fact]
    public void ItemFigures_CarryTheirTargetAndKeying()
    {
        var target = Plan().Document.Targets[0];
        var peers = target.GetItems(FeedbackGroupKind.Peer)!.Items;
        peers.Select(s => s.Target).Should().Equal(Instrument.Items.Select(i => i.Target));
        peers.Should().OnlyContain(s => !s.IsReversed);
    }
}
