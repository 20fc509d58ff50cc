namespace LeadershipModel;

/// <summary>Who confers an <see cref="AuthoritySource"/> on a person.</summary>
public enum Conferrer
{
    /// <summary>The organisation, through the role it grants.</summary>
    Organization,

    /// <summary>The followers, who may withdraw it at any time.</summary>
    Followers,
}
