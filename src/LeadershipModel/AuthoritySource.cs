namespace LeadershipModel;

/// <summary>Where a person's authority comes from.</summary>
public enum AuthoritySource
{
    /// <summary>The position: authority granted by the organisation, "a power that is not their own".</summary>
    Positional,

    /// <summary>Specialist knowledge: authority bestowed by followers who value what the person knows.</summary>
    Expertise,

    /// <summary>Who the person is: authority bestowed by followers who identify with and trust the person.</summary>
    Character,
}
