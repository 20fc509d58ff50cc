namespace LeadershipModel.Change;

/// <summary>One of the two administrations compared by a <see cref="ChangeReport"/>.</summary>
public enum ChangeWave
{
    /// <summary>The first administration (before).</summary>
    Pre,

    /// <summary>The second administration (after).</summary>
    Post,
}
