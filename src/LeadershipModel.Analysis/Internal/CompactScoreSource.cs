using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Internal;

/// <summary>
/// Scale scores of a compact matrix computed when asked, from the stored bytes, with the same integer arithmetic as
/// <see cref="CompactScores"/>: a <c>scoreItems</c> result then holds no rows × scales array of its own.
/// </summary>
/// <remarks>This type is immutable and thread-safe (the matrix it reads is immutable).</remarks>
internal sealed class CompactScoreSource
{
    private readonly ResponseMatrix _data;
    private readonly (int[] Columns, bool[] Reversed)[] _items;
    private readonly int _flip;

    public CompactScoreSource(ResponseMatrix data, (int[] Columns, bool[] Reversed)[] items, int flip)
    {
        _data = data;
        _items = items;
        _flip = flip;
    }

    public double Score(int respondent, int scale)
    {
        var row = _data.GetByteRow(respondent);
        var (columns, reversed) = _items[scale];
        var sum = 0;
        var count = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            var b = row[columns[i]];
            if (b != ResponseMatrix.MissingByte)
            {
                sum += reversed[i] ? _flip - b : b;
                count++;
            }
        }

        return (double)sum / count;
    }
}
