using nietras.SeparatedValues;

namespace LeadershipModel.Analysis;

/// <summary>A copy of one CSV row's fields in one reusable character buffer, so rows can be examined without a string per field.</summary>
internal sealed class CsvRowBuffer
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];

    public int Count { get; private set; }

    public int Line { get; private set; }

    public ReadOnlySpan<char> this[int column] => _chars.AsSpan(_starts[column], _lengths[column]);

    public void Load(SepReader.Row row, int line)
    {
        Line = line;
        Count = row.ColCount;
        if (_starts.Length < Count)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }

        var at = 0;
        for (var i = 0; i < Count; i++)
        {
            var span = row[i].Span;
            if (at + span.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, at + span.Length));
            }

            span.CopyTo(_chars.AsSpan(at));
            _starts[i] = at;
            _lengths[i] = span.Length;
            at += span.Length;
        }
    }

    public CsvRowBuffer Clone() => new()
    {
        _chars = (char[])_chars.Clone(),
        _starts = (int[])_starts.Clone(),
        _lengths = (int[])_lengths.Clone(),
        Count = Count,
        Line = Line,
    };
}
