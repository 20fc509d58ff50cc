namespace LeadershipModel.Consent;

/// <summary>The codes of <see cref="ConsentLogError"/>: the invalid sequences of a consent log.</summary>
public static class ConsentLogErrorCodes
{
    /// <summary>The event's step is not after the initial state, or comes before the previous event's step.</summary>
    public const string OutOfOrder = "out-of-order";

    /// <summary>The event names a follower the state does not have.</summary>
    public const string UnknownFollower = "unknown-follower";

    /// <summary><c>role-granted</c> while a role is already held.</summary>
    public const string RoleAlreadyGranted = "role-already-granted";

    /// <summary><c>role-revoked</c> while no role is held.</summary>
    public const string NoRoleToRevoke = "no-role-to-revoke";

    /// <summary><c>consent-granted</c> by a follower who already consents.</summary>
    public const string AlreadyConsenting = "already-consenting";

    /// <summary><c>consent-withdrawn</c> by a follower who does not consent.</summary>
    public const string NotConsenting = "not-consenting";

    /// <summary><c>reward-offered</c> (a carrot) without a role, or with a role that has no reward power.</summary>
    public const string CarrotWithoutRole = "carrot-without-role";

    /// <summary><c>sanction-threatened</c> (a stick) without a role, or with a role that has no coercive power.</summary>
    public const string StickWithoutRole = "stick-without-role";
}
