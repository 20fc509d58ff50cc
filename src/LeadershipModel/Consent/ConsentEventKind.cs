namespace LeadershipModel.Consent;

/// <summary>What happens in a consent relationship. Each kind has a fixed name in every output (<see cref="ConsentEventKinds"/>).</summary>
public enum ConsentEventKind
{
    /// <summary><c>role-granted</c>: the organisation grants the role and its positional bases.</summary>
    RoleGranted,

    /// <summary><c>role-revoked</c>: the organisation takes the role away; the positional bases fall to 0.</summary>
    RoleRevoked,

    /// <summary><c>consent-granted</c>: a follower consents to follow again; their grant counts again.</summary>
    ConsentGranted,

    /// <summary><c>consent-withdrawn</c>: a follower no longer wants to follow; their grant no longer counts.</summary>
    ConsentWithdrawn,

    /// <summary><c>expertise-shown</c>: the person shows expertise to a follower, who raises their expert and informational grant.</summary>
    ExpertiseShown,

    /// <summary><c>trust-broken</c>: a follower lowers their referent grant.</summary>
    TrustBroken,

    /// <summary><c>reward-offered</c>: the carrot, offered to one follower for this step; needs a role with reward power.</summary>
    RewardOffered,

    /// <summary><c>sanction-threatened</c>: the stick, used on one follower for this step; needs a role with coercive power.</summary>
    SanctionThreatened,
}
