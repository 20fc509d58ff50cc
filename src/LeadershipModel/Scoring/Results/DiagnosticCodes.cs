namespace LeadershipModel.Scoring;

/// <summary>The stable codes of <see cref="DiagnosticFlag"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class DiagnosticCodes
{
    /// <summary>A scale had too few answers to be scored.</summary>
    public const string TooFewAnswered = "too-few-answered";

    /// <summary>A long run of identical answers, a sign of careless responding.</summary>
    public const string LongRun = "long-run";

    /// <summary>A dimension pole rests on fewer than three items.</summary>
    public const string WeakScale = "weak-scale";

    /// <summary>A quadrant lies within one standard error of measurement of the threshold.</summary>
    public const string Borderline = "borderline";

    /// <summary>An answer was changed by the answer-validation policy (treated as missing or clamped).</summary>
    public const string AnswerAdjusted = "answer-adjusted";
}
