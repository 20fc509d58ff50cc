namespace LeadershipModel.Responses;

/// <summary>Who answered about the target person, for 360-degree feedback.</summary>
public enum RaterRole
{
    /// <summary>The target person about themselves.</summary>
    Self,

    /// <summary>The target person's manager.</summary>
    Manager,

    /// <summary>A peer of the target person.</summary>
    Peer,

    /// <summary>Someone who reports to the target person.</summary>
    DirectReport,

    /// <summary>Any other rater.</summary>
    Other,
}
