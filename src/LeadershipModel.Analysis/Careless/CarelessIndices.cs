namespace LeadershipModel.Analysis.Careless;

/// <summary>One respondent's careless-response indices and flags.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CarelessIndices
{
    /// <summary>Gets the zero-based row in the matrix.</summary>
    public int Row { get; init; }

    /// <summary>Gets the respondent id.</summary>
    public required string RespondentId { get; init; }

    /// <summary>Gets the number of items answered.</summary>
    public int Answered { get; init; }

    /// <summary>Gets the longest run of identical consecutive answers (item order as in the matrix).</summary>
    public int LongestRun { get; init; }

    /// <summary>Gets the intra-individual response variability, or <see langword="null"/> with fewer than two answers.</summary>
    public double? Variability { get; init; }

    /// <summary>Gets a value indicating whether the longest run reaches the threshold.</summary>
    public bool LongString { get; init; }

    /// <summary>Gets a value indicating whether the variability is at or below the threshold.</summary>
    public bool LowVariability { get; init; }

    /// <summary>Gets a value indicating whether any flag is raised.</summary>
    public bool Flagged => LongString || LowVariability;
}
