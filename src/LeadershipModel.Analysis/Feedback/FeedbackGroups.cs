using LeadershipModel.Feedback;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Feedback;

/// <summary>
/// The one place where change and unit roll-ups use <see cref="FeedbackAggregator"/>: the published other-rater
/// groups of a target, with their JSON group names. When the aggregator moves, only this file's imports change.
/// </summary>
internal static class FeedbackGroups
{
    /// <summary>A published group of one target: its JSON name, its distinct raters, and its mean per index (null when withheld).</summary>
    internal sealed record Published(string Group, int Raters, IReadOnlyList<KeyValuePair<string, double?>> Means)
    {
        public double? Mean(string indexId)
        {
            foreach (var (id, mean) in Means)
            {
                if (id == indexId)
                {
                    return mean;
                }
            }

            return null;
        }
    }

    /// <summary>The published groups of one target other than self, under the anonymity threshold.</summary>
    /// <param name="profiles">Every rating of the target.</param>
    /// <param name="anonymityThreshold">The smallest anonymous group shown.</param>
    /// <param name="includeAllOthers">Whether the union of the published groups is listed too.</param>
    public static List<Published> OthersOf(IReadOnlyList<LeadershipProfile> profiles, int anonymityThreshold, bool includeAllOthers)
    {
        var report = FeedbackAggregator.Aggregate(profiles, new FeedbackOptions { AnonymityThreshold = anonymityThreshold });
        var result = new List<Published>();
        foreach (var g in report.Groups)
        {
            if (g.Kind == FeedbackGroupKind.Self || (g.Kind == FeedbackGroupKind.AllOthers && !includeAllOthers))
            {
                continue;
            }

            result.Add(new Published(NameOf(g.Kind), g.RaterCount, g.Indices.Select(i => KeyValuePair.Create(i.IndexId, i.IsWithheld ? null : i.Mean)).ToList()));
        }

        return result;
    }

    private static string NameOf(FeedbackGroupKind kind) => kind switch
    {
        FeedbackGroupKind.Manager => "manager",
        FeedbackGroupKind.Peer => "peer",
        FeedbackGroupKind.DirectReport => "direct-report",
        FeedbackGroupKind.Other => "other",
        FeedbackGroupKind.CombinedOthers => "others-combined",
        _ => "all-others",
    };
}
