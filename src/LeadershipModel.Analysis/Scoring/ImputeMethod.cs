namespace LeadershipModel.Analysis;

/// <summary>How <see cref="ScaleScoring.ScoreItems"/> treats missing answers (psych's <c>impute</c>).</summary>
public enum ImputeMethod
{
    /// <summary>No filling: covariances are pairwise and a score is the mean of the items answered.</summary>
    None = 0,

    /// <summary>A missing answer takes its item's median (the mean of the two middle values for an even count).</summary>
    Median = 1,

    /// <summary>A missing answer takes its item's mean.</summary>
    Mean = 2,
}
