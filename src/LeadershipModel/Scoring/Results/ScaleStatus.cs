namespace LeadershipModel.Scoring;

/// <summary>Whether a scale could be scored.</summary>
public enum ScaleStatus
{
    /// <summary>The scale was scored.</summary>
    Scored,

    /// <summary>Fewer items were answered than the missing-data policy requires; the scale has no score.</summary>
    TooFewAnswered,
}
