namespace LeadershipModel.Feedback;

/// <summary>A response set that <see cref="RaterCheck"/> rejected, with the reason.</summary>
/// <remarks>
/// <para>The message names respondent ids: it is for the analyst who supplied the data, never for the person rated.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RaterRejection
{
    /// <summary>Gets the position of the rejected set in the input.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the position of the earlier set by the same rater of the same target, for a duplicate; else <see langword="null"/>.</summary>
    public int? EarlierIndex { get; init; }

    /// <summary>Gets the reason's stable code (see <see cref="RaterRejectionCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets the reason in words.</summary>
    public required string Message { get; init; }
}
