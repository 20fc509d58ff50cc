namespace LeadershipModel.Consent;

/// <summary>Whom the person uses a lever (the carrot or the stick) on at a step.</summary>
public enum ConsentLeverUse
{
    /// <summary><c>never</c>: on nobody.</summary>
    Never,

    /// <summary><c>withdrawn</c>: on every follower who does not consent, to get them "back in line".</summary>
    Withdrawn,

    /// <summary><c>everyone</c>: on every follower.</summary>
    Everyone,
}
