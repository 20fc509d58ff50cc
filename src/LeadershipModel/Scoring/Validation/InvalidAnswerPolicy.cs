namespace LeadershipModel.Scoring;

/// <summary>What the validation step does with an answer that is out of range or names an unknown item.</summary>
public enum InvalidAnswerPolicy
{
    /// <summary>Reject the whole response set, listing every bad answer (the default).</summary>
    Reject,

    /// <summary>Treat the bad answer as missing and record it in the diagnostics.</summary>
    TreatAsMissing,

    /// <summary>Clamp an out-of-range answer to the nearest allowed value (an unknown item or non-finite answer is treated as missing); record it in the diagnostics.</summary>
    Clamp,
}
