namespace LeadershipModel;

/// <summary>How a target responds to an influence attempt (Yukl).</summary>
public enum InfluenceOutcome
{
    /// <summary>The target agrees inwardly and puts full effort in.</summary>
    Commitment,

    /// <summary>The target does what is asked without agreeing, with minimal effort.</summary>
    Compliance,

    /// <summary>The target opposes the request, refuses, delays or argues.</summary>
    Resistance,

    /// <summary>No influence: the person has nothing the target responds to (the share <c>1 − strength</c> of <see cref="OutcomeShares"/>).</summary>
    None,
}
