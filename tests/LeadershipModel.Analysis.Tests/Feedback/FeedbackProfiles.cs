using LeadershipModel.Feedback;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests.Feedback;

/// <summary>Profiles of raters of one target, made from one scored profile with chosen overall values.</summary>
internal static class FeedbackProfiles
{
    private static readonly LeadershipProfile Template = ScoredSamples.Profiles(ScoredSamples.Sets(1, seed: 3))[0];

    public static LeadershipProfile Rater(string id, RaterRole role, double management = 0.5, double? leadership = null, string target = "t")
        => Template with
        {
            RespondentId = id,
            TargetId = target,
            Role = role,
            Overall = Template.Overall with { Management = management, Leadership = leadership ?? Template.Overall.Leadership },
        };

    public static List<LeadershipProfile> Mix(int self, int manager, int peer, int directReport, int other)
    {
        var list = new List<LeadershipProfile>();
        void Add(RaterRole role, int n)
        {
            for (var i = 0; i < n; i++)
            {
                list.Add(Rater(role == RaterRole.Self ? "t" : $"{role}{i}", role));
            }
        }

        Add(RaterRole.Self, self);
        Add(RaterRole.Manager, manager);
        Add(RaterRole.Peer, peer);
        Add(RaterRole.DirectReport, directReport);
        Add(RaterRole.Other, other);
        return list;
    }
}
