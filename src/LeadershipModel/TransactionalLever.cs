namespace LeadershipModel;

/// <summary>
/// The transactional levers a manager pulls to get followers "back in line" when they withdraw.
/// </summary>
public enum TransactionalLever
{
    /// <summary>The base is not a transactional lever.</summary>
    None,

    /// <summary>Dangling a carrot: the promise of a reward.</summary>
    Carrot,

    /// <summary>Bringing out the stick: the threat of a sanction.</summary>
    Stick,
}
