namespace LeadershipModel.Norms;

/// <summary>Whose ratings a norm table was built from: people rating themselves, or others rating them.</summary>
/// <remarks>Self-ratings run more lenient than observers' ratings, so a self score is compared with self norms and a
/// group of others with observer norms, never the other way round.</remarks>
public enum NormPerspective
{
    /// <summary>Not recorded (tables built before perspectives were recorded, or from a mix of both).</summary>
    Unspecified = 0,

    /// <summary>Self-assessments only.</summary>
    Self = 1,

    /// <summary>Ratings by others (managers, peers, direct reports) only.</summary>
    Observer = 2,
}
