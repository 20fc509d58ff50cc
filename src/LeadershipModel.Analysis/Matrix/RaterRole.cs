namespace LeadershipModel.Analysis;

/// <summary>The relation of a rater to the person rated, as used in 360-degree feedback.</summary>
/// <remarks>
/// In CSV files roles are written <c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c> and <c>other</c>
/// (case-insensitive). This enum may later move to the core package.
/// </remarks>
public enum RaterRole
{
    /// <summary>The person rates themself.</summary>
    Self = 0,

    /// <summary>The person's manager.</summary>
    Manager = 1,

    /// <summary>A peer of the person.</summary>
    Peer = 2,

    /// <summary>Someone who reports to the person.</summary>
    DirectReport = 3,

    /// <summary>Any other rater.</summary>
    Other = 4,
}
