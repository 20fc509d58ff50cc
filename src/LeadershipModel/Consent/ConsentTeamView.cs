using LeadershipModel.Internal;

namespace LeadershipModel.Consent;

/// <summary>The team at one step: how many consent, the influence, the outcome mix, and who is held by levers only.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentTeamView
{
    private ConsentTeamView(double consentingShare, double influence, double totalInfluence, OutcomeShares outcome, EquatableArray<string> heldByLeversOnly)
    {
        ConsentingShare = consentingShare;
        Influence = influence;
        TotalInfluence = totalInfluence;
        Outcome = outcome;
        HeldByLeversOnly = heldByLeversOnly;
    }

    /// <summary>Gets the share of followers who consent, in [0, 1] (0 for a team without followers).</summary>
    public double ConsentingShare { get; }

    /// <summary>Gets the mean influence strength over the followers.</summary>
    public double Influence { get; }

    /// <summary>Gets the sum of the influence strengths over the followers.</summary>
    public double TotalInfluence { get; }

    /// <summary>Gets the mean outcome shares over the followers (their strength is <see cref="Influence"/>).</summary>
    public OutcomeShares Outcome { get; }

    /// <summary>Gets the ids of the followers who do not consent but are kept by positional bases while a reward or a sanction is in use.</summary>
    public EquatableArray<string> HeldByLeversOnly { get; }

    /// <summary>Summarises the followers' evaluations.</summary>
    /// <param name="followers">The evaluations of every follower at one step.</param>
    /// <returns>The team view.</returns>
    public static ConsentTeamView Of(EquatableArray<ConsentFollowerInfluence> followers)
    {
        var n = followers.Count;
        if (n == 0)
        {
            return new ConsentTeamView(0, 0, 0, OutcomeShares.NoInfluence, []);
        }

        double consenting = 0, total = 0, commitment = 0, compliance = 0, resistance = 0, none = 0;
        var held = new List<string>();
        foreach (var f in followers)
        {
            Preconditions.NotNull(f, nameof(followers));
            consenting += f.Consenting ? 1 : 0;
            total += f.Influence;
            commitment += f.Outcome.Commitment;
            compliance += f.Outcome.Compliance;
            resistance += f.Outcome.Resistance;
            none += f.Outcome.None;
            if (f.HeldByLeversOnly)
            {
                held.Add(f.FollowerId);
            }
        }

        var outcome = OutcomeShares.Restore(Math.Clamp(total / n, 0, 1), commitment / n, compliance / n, resistance / n, none / n);
        return new ConsentTeamView(consenting / n, total / n, total, outcome, [.. held]);
    }
}
