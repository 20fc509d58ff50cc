namespace LeadershipModel.Scoring;

/// <summary>Options of the diagnostics the engine attaches to every profile.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DiagnosticsOptions
{
    private readonly double _longRunShare = 0.5;

    /// <summary>
    /// Gets the share of the instrument's items that a run of identical answers must reach to be flagged as
    /// careless (<see cref="DiagnosticCodes.LongRun"/>); 0.5 by default. Runs shorter than 4 are never flagged.
    /// </summary>
    public double LongRunShare
    {
        get => _longRunShare;
        init => _longRunShare = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LongRunShare), value, "The long-run share must lie in (0, 1].");
    }
}
