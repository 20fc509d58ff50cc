namespace LeadershipModel.Change;

/// <summary>Whether a person's score changed reliably between two administrations. The words are neutral: a
/// stronger coercive base is an increase, not an improvement.</summary>
public enum ChangeCategory
{
    /// <summary>RCI &gt; z: the score rose by more than measurement error explains.</summary>
    Increased,

    /// <summary>|RCI| ≤ z: the difference is within measurement error.</summary>
    Unchanged,

    /// <summary>RCI &lt; −z: the score fell by more than measurement error explains.</summary>
    Decreased,
}
