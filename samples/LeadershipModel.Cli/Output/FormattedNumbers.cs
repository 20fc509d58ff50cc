using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Writes numbers as CSV cells at full precision (shortest round-trip, "R", invariant) straight into UTF-8, remembering
/// recent results: scale means, orientations and integrations of Likert answers take few distinct values, so most cells
/// are a copy of bytes formatted before instead of a run of the shortest round-trip algorithm.
/// </summary>
/// <remarks>
/// A direct-mapped cache of <see cref="Slots"/> entries keyed by the double's bits (so 0 and −0 stay apart): a value
/// either hits its slot or is formatted and takes the slot over. The bytes written are those of
/// <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/> either way. Not thread-safe:
/// one instance per thread (<see cref="ForThisThread"/>).
/// </remarks>
internal sealed class FormattedNumbers
{
    /// <summary>The number of cache slots (a power of two).</summary>
    internal const int Slots = 1 << 15;

    /// <summary>The bytes kept per slot; "R" needs at most 24 (such as <c>-1.2345678901234567E-308</c>).</summary>
    private const int Width = 32;

    [ThreadStatic]
    private static FormattedNumbers? _current;

    private readonly ulong[] _keys = new ulong[Slots];
    private readonly byte[] _lengths = new byte[Slots];
    private readonly byte[] _bytes = new byte[Slots * Width];

    /// <summary>Gets the calling thread's instance.</summary>
    public static FormattedNumbers ForThisThread => _current ??= new FormattedNumbers();

    /// <summary>Gets how many values were formatted rather than copied from the cache (for tests).</summary>
    public long Formatted { get; private set; }

    /// <summary>Writes a comma, then the number, or nothing more for an absent value (an empty cell).</summary>
    public void Write(ArrayBufferWriter<byte> output, double? value)
    {
        var span = output.GetSpan(Width + 1);
        span[0] = (byte)',';
        if (value is not { } v)
        {
            output.Advance(1);
            return;
        }

        var bits = BitConverter.DoubleToUInt64Bits(v);
        var slot = (int)((bits * 0x9E3779B97F4A7C15UL) >> (64 - BitOperations.Log2(Slots)));
        int length = _lengths[slot];
        if (length != 0 && _keys[slot] == bits)
        {
            _bytes.AsSpan(slot * Width, length).CopyTo(span[1..]);
            output.Advance(1 + length);
            return;
        }

        if (!v.TryFormat(span[1..], out var written, "R", CultureInfo.InvariantCulture) || written > Width)
        {
            throw new InvalidOperationException("A number did not fit its buffer.");
        }

        Formatted++;
        span.Slice(1, written).CopyTo(_bytes.AsSpan(slot * Width));
        _keys[slot] = bits;
        _lengths[slot] = (byte)written;
        output.Advance(1 + written);
    }
}
