namespace LeadershipModel.Feedback;

/// <summary>How a self-rating compares with others' ratings of the same person (see <see cref="SelfOtherGap"/>).</summary>
public enum SelfOtherAgreement
{
    /// <summary>Self minus others is above the margin: the target rates themselves higher than others do.</summary>
    OverEstimator,

    /// <summary>Self minus others is below minus the margin: the target rates themselves lower than others do.</summary>
    UnderEstimator,

    /// <summary>Within the margin, and others' mean is at or above the high threshold.</summary>
    InAgreementHigh,

    /// <summary>Within the margin, and others' mean is below the high threshold.</summary>
    InAgreementLow,
}
