using LeadershipModel.Analysis.Norms;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Snippets.Guides;

/// <summary>docs/research.md.</summary>
public static class ResearchGuide
{
    public static SimulatedSample Simulate()
    {
        #region simulate
        // 40 people, each rated by themselves, their manager and three peers; reproducible byte for byte from the seed.
        var sample = ResponseSimulator.Simulate(CanonicalInstruments.Short, new SimulationOptions
        {
            TargetCount = 40,
            Raters = [new RaterGroup(RaterRole.Self), new RaterGroup(RaterRole.Manager), new RaterGroup(RaterRole.Peer, count: 3)],
            Seed = 7,
        });

        // The truth is kept, so that every estimate can be checked against it.
        var trait = ItemTarget.ForPole("control-influence", PoleKind.Leadership);
        double truth = sample.GetTrueScore(sample.Targets[0].Id, trait);
        #endregion
        return double.IsNaN(truth) ? throw new InvalidOperationException() : sample;
    }

    public static NormTable BuildNorms(SimulatedSample sample)
    {
        #region norms
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).Build();
        var selfProfiles = engine.ScoreBatch(sample.ResponseSets.Where(s => s.Role == RaterRole.Self)).Profiles;

        // Percentiles (mid-rank), mean and sd per index, and each scale's alpha from the same data.
        NormTable norms = new NormTableBuilder("acme-2026", "Acme self-ratings 2026")
            .AddRange(selfProfiles)
            .AddReliabilities(sample.ToMatrix(), CanonicalInstruments.Short)
            .Build();

        var normed = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).UseNorms(norms).Build();
        NormScore? leadership = normed.Score(sample.ResponseSets[0]).Profile?.GetNorm("leadership");   // percentile and T
        #endregion
        return leadership is null ? throw new InvalidOperationException() : norms;
    }

    public static FeedbackDocument Feedback(SimulatedSample sample)
    {
        #region feedback
        var engine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).Build();

        // Rater rules, scoring and anonymous groups in one call; the document holds no rater id.
        var built = FeedbackDocumentBuilder.Build(engine, CanonicalInstruments.Short, sample.ResponseSets,
            new FeedbackOptions { AnonymityThreshold = 3 });

        foreach (var target in built.Document.Targets)
        {
            foreach (var group in target.Report.Groups)
            {
                Console.WriteLine($"{target.TargetId} {group.Kind}: {group.RaterCount} raters, L = {group.Get("leadership")?.Mean:0.00}");
            }

            foreach (var withheld in target.Withheld)
            {
                Console.WriteLine($"{target.TargetId}: withheld, {withheld.Reason}");
            }
        }
        #endregion
        return built.Document;
    }
}
