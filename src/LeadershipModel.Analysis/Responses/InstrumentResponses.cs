using LeadershipModel.Analysis.Csv;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Responses;

/// <summary>Response sets for one instrument made from a matrix or a CSV read, each with its source, and the rows that were rejected.</summary>
/// <remarks>
/// <para>Nothing is dropped silently: <see cref="RowsRead"/> = <see cref="Sets"/>.Count + <see cref="Rejections"/>.Count.
/// Scoring <see cref="ResponseSets"/> in order gives results whose <see cref="ScoringResult.Index"/> is the position in
/// <see cref="Sets"/>, so <see cref="GetSource(long)"/> finds where a rejected set came from.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record InstrumentResponses
{
    /// <summary>Gets the instrument the sets answer.</summary>
    public required Instrument Instrument { get; init; }

    /// <summary>Gets the sets with their sources, in row order.</summary>
    public required EquatableArray<SourcedResponseSet> Sets { get; init; }

    /// <summary>Gets the rows rejected while reading, in row order.</summary>
    public EquatableArray<CsvRejectedRecord> Rejections { get; init; }

    /// <summary>Gets the number of blank lines and comment lines skipped; they are not rows.</summary>
    public int Skipped { get; init; }

    /// <summary>Gets the number of data rows read.</summary>
    public int RowsRead => Sets.Count + Rejections.Count;

    /// <summary>Gets the item ids of the instrument that had no column: unanswered in every set.</summary>
    public EquatableArray<string> MissingItemIds { get; init; }

    /// <summary>Gets the item columns that were left out because they are not items of the instrument.</summary>
    public EquatableArray<string> IgnoredColumns { get; init; }

    /// <summary>Gets the response sets alone, in order, ready for <see cref="ScoringEngine.ScoreBatch"/>.</summary>
    public IReadOnlyList<ResponseSet> ResponseSets => Sets.Select(s => s.ResponseSet).ToList();

    /// <summary>Gets the source of the set at a position, such as the <see cref="Rejection.Index"/> of a rejection.</summary>
    /// <param name="index">The zero-based position in <see cref="Sets"/>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ResponseSetSource GetSource(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Sets.Count);
        return Sets[(int)index].Source;
    }
}
