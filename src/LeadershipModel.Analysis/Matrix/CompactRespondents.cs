using System.Collections;
using System.Globalization;
using System.Text;

namespace LeadershipModel.Analysis.Matrix;

/// <summary>
/// The respondents of a matrix read by the CSV fast path: self-ratings without grouping values whose ids are kept as
/// one block of UTF-8 bytes (a few bytes a row instead of an object and a string), or that are numbered 1, 2, …,
/// materialised on access.
/// </summary>
/// <remarks>Immutable and thread-safe. Each access makes a new <see cref="RespondentInfo"/>, equal to the one the builder would hold.</remarks>
internal sealed class CompactRespondents : IReadOnlyList<RespondentInfo>
{
    private readonly byte[]? _ids;
    private readonly int[]? _ends;

    /// <param name="count">The number of rows.</param>
    /// <param name="ids">The ids' UTF-8 bytes, one after another, or <see langword="null"/> when rows are numbered 1, 2, ….</param>
    /// <param name="ends">Where each row's id ends in <paramref name="ids"/>; row <c>i</c>'s id starts where row <c>i - 1</c>'s ends.</param>
    public CompactRespondents(int count, byte[]? ids, int[]? ends)
    {
        Count = count;
        _ids = ids;
        _ends = ends;
    }

    public int Count { get; }

    public RespondentInfo this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (_ids is null || _ends is null)
            {
                return new RespondentInfo { RespondentId = (index + 1).ToString(CultureInfo.InvariantCulture) };
            }

            var start = index == 0 ? 0 : _ends[index - 1];
            return new RespondentInfo { RespondentId = Encoding.UTF8.GetString(_ids.AsSpan(start, _ends[index] - start)) };
        }
    }

    public IEnumerator<RespondentInfo> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
