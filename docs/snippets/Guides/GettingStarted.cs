using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Snippets.Guides;

/// <summary>docs/getting-started.md.</summary>
public static class GettingStartedGuide
{
    public static ScoringResult ScoreKeyed()
    {
        #region score-keyed
        // Build the engine once and keep it: it is immutable and thread-safe.
        var engine = ScoringEngine.CreateBuilder()
            .AddInstrument(CanonicalInstruments.Short)
            .Build();

        // Answers keyed by item id; every item answered here (1 = strongly disagree … 5 = strongly agree).
        var answers = new Dictionary<string, double>();
        foreach (var item in CanonicalInstruments.Short.Items)
        {
            answers[item.Id] = item.Target.Pole == PoleKind.Leadership ? 4 : 2;
        }

        var responses = ResponseSet.Create(CanonicalInstruments.ShortId, CanonicalInstruments.Version, respondentId: "ada", answers);
        ScoringResult result = engine.Score(responses);
        #endregion
        return result;
    }

    public static ScoringResult ScoreSpan(ScoringEngine engine)
    {
        #region score-span
        // Answers in the instrument's item order, as they come from a form or a matrix row; NaN = skipped.
        var instrument = CanonicalInstruments.Short;
        var row = new double[instrument.Items.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = i % 7 == 0 ? double.NaN : 1 + (i % 5);
        }

        var result = engine.Score(ResponseSet.Create(instrument, "grace", row, RaterRole.Peer, targetId: "ada"));
        #endregion
        return result;
    }

    public static void ReadProfile(ScoringResult result)
    {
        #region read-profile
        if (!result.IsScored)
        {
            // Expected problems are results, not exceptions: each reason has a stable code and a message.
            foreach (var reason in result.Rejection.Reasons)
            {
                Console.WriteLine($"{reason.Code}: {reason.Message}");
            }

            return;
        }

        var profile = result.Profile;
        var overall = profile.Overall;
        Console.WriteLine($"{overall.ProfileType}: M {overall.Management:0.00}, L {overall.Leadership:0.00}, " +
                          $"O {overall.Orientation:+0.00;-0.00}, I {overall.Integration:0.00}");

        foreach (var dimension in profile.Dimensions)
        {
            var position = dimension.Position;
            Console.WriteLine($"{dimension.DimensionId,-28} M {position.Management:0.00} L {position.Leadership:0.00} " +
                              $"{position.Quadrant}{(dimension.IsBorderline ? " (borderline)" : "")}");
        }

        Console.WriteLine($"follower-conferred share of authority: {profile.Authority?.FollowerConferredShare:P0}");
        #endregion
    }
}
