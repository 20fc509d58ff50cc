namespace LeadershipModel.Scoring;

/// <summary>What the engine noticed while scoring one response set.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ProfileDiagnostics
{
    /// <summary>Gets the number of items answered, after validation.</summary>
    public required int ItemsAnswered { get; init; }

    /// <summary>Gets the number of items in the instrument.</summary>
    public required int ItemCount { get; init; }

    /// <summary>Gets the share of items answered, in [0, 1].</summary>
    public double AnsweredShare => ItemCount == 0 ? 0 : (double)ItemsAnswered / ItemCount;

    /// <summary>Gets the longest run of identical raw answers in the instrument's declared item order (a missing answer ends a run).</summary>
    public required int LongestRun { get; init; }

    /// <summary>Gets the intra-individual response variability (sd of the raw answers), or <see langword="null"/> with fewer than two answers.</summary>
    public double? ResponseVariability { get; init; }

    /// <summary>Gets the answers the validation policy treated as missing or clamped.</summary>
    public EquatableArray<AnswerAdjustment> AdjustedAnswers { get; init; }

    /// <summary>Gets the flags raised.</summary>
    public EquatableArray<DiagnosticFlag> Flags { get; init; }

    /// <summary>Gets the plug-ins that failed while this set was scored.</summary>
    public EquatableArray<PluginFailure> PluginFailures { get; init; }
}
