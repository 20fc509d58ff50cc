namespace LeadershipModel.Scoring;

/// <summary>How the missing-data step fills an unanswered item of a scale that has enough answers.</summary>
public enum ImputationMethod
{
    /// <summary>Do not fill: the scale score is the mean of the answered items (prorating). The default.</summary>
    None,

    /// <summary>Fill with the item's mean in a reference sample (needs <see cref="MissingDataOptions.ItemStatistics"/>).</summary>
    ItemMean,

    /// <summary>Fill with the item's median in a reference sample (needs <see cref="MissingDataOptions.ItemStatistics"/>).</summary>
    ItemMedian,
}
