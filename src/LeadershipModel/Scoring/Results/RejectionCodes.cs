namespace LeadershipModel.Scoring;

/// <summary>The stable codes of <see cref="RejectionReason"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RejectionCodes
{
    /// <summary>The response set names an instrument the engine does not know.</summary>
    public const string UnknownInstrument = "unknown-instrument";

    /// <summary>The response set names a version of the instrument the engine does not know.</summary>
    public const string WrongVersion = "wrong-version";

    /// <summary>An answer names an item the instrument does not have.</summary>
    public const string UnknownItem = "unknown-item";

    /// <summary>A comment answers an open question the instrument does not have.</summary>
    public const string UnknownQuestion = "unknown-question";

    /// <summary>An item is answered more than once.</summary>
    public const string DuplicateAnswer = "duplicate-answer";

    /// <summary>An answer lies outside the instrument's scale, is not a whole number on an integer scale, or is not finite.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>No dimension, power base or construct could be scored: too much is missing.</summary>
    public const string InsufficientData = "insufficient-data";

    /// <summary>A host validator rejected the set.</summary>
    public const string HostValidation = "host-validation";

    /// <summary>A plug-in needed to score the set threw.</summary>
    public const string PluginFailed = "plugin-failed";
}
