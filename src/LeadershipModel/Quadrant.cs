namespace LeadershipModel;

/// <summary>
/// Where a person falls when management strength and leadership strength are each called high or low.
/// </summary>
public enum Quadrant
{
    /// <summary>Management strength high, leadership strength low.</summary>
    Manager,

    /// <summary>Leadership strength high, management strength low.</summary>
    Leader,

    /// <summary>Both strengths high: the person integrates the two.</summary>
    Integrator,

    /// <summary>Both strengths low.</summary>
    Disengaged,
}
