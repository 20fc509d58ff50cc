namespace LeadershipModel.Feedback;

/// <summary>The names feedback groups and agreement categories have in JSON, CSV and reports.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class FeedbackNames
{
    /// <summary>Gets the JSON name of a group, such as <c>direct-report</c> or <c>others-combined</c>.</summary>
    /// <param name="kind">The group.</param>
    /// <returns>The name.</returns>
    public static string ToId(FeedbackGroupKind kind) => kind switch
    {
        FeedbackGroupKind.Self => "self",
        FeedbackGroupKind.Manager => "manager",
        FeedbackGroupKind.Peer => "peer",
        FeedbackGroupKind.DirectReport => "direct-report",
        FeedbackGroupKind.Other => "other",
        FeedbackGroupKind.CombinedOthers => "others-combined",
        FeedbackGroupKind.AllOthers => "all-others",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Value is not a defined FeedbackGroupKind."),
    };

    /// <summary>Gets the JSON name of an agreement category, such as <c>over-estimator</c>.</summary>
    /// <param name="agreement">The category.</param>
    /// <returns>The name.</returns>
    public static string ToId(SelfOtherAgreement agreement) => agreement switch
    {
        SelfOtherAgreement.OverEstimator => "over-estimator",
        SelfOtherAgreement.UnderEstimator => "under-estimator",
        SelfOtherAgreement.InAgreementHigh => "in-agreement-high",
        SelfOtherAgreement.InAgreementLow => "in-agreement-low",
        _ => throw new ArgumentOutOfRangeException(nameof(agreement), agreement, "Value is not a defined SelfOtherAgreement."),
    };
}
