namespace LeadershipModel;

/// <summary>The bases of social power (French and Raven 1959; Raven 1965).</summary>
/// <remarks>Each base belongs to exactly one <see cref="AuthoritySource"/>; see <see cref="AuthorityModel"/>.</remarks>
public enum PowerBase
{
    /// <summary>The recognised right of the role to make requests (positional).</summary>
    Legitimate,

    /// <summary>The ability to grant what others want: the carrot (positional).</summary>
    Reward,

    /// <summary>The ability to punish or withhold: the stick (positional).</summary>
    Coercive,

    /// <summary>Knowledge and skill that others rely on (expertise).</summary>
    Expert,

    /// <summary>Information and reasoning that persuade on their merits (expertise).</summary>
    Informational,

    /// <summary>Identification with, admiration of and trust in the person (character).</summary>
    Referent,
}
