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
}
