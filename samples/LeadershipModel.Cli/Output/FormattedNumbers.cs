using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Writes numbers as CSV cells at full precision (shortest round-trip, "R", invariant) straight into UTF-8, remembering
/// recent results: scale means, orientations and integrations of Likert answers take few distinct values, so most cells
/// are a copy of bytes formatted before instead of a run of the shortest round-trip algorithm.
/// </summary>
/// <remarks>
/// A direct-mapped cache of <see cref="Slots"/> entries of 32 bytes (256 KB, and a look-up reads one cache line) keyed by
/// the double's bits (so 0 and −0 stay apart): a value either hits its slot or is formatted and takes the slot over
/// (numbers longer than 23 characters are never kept). The bytes written are those of
/// <see cref="double.TryFormat(Span{byte}, out int, ReadOnlySpan{char}, IFormatProvider?)"/> either way. Not thread-safe:
/// one instance per thread (<see cref="ForThisThread"/>).
/// </remarks>
internal sealed class FormattedNumbers
{
    /// <summary>The number of cache slots (a power of two).</summary>
    internal const int Slots = 1 << 13;

    /// <summary>The bytes a caller must offer; "R" needs at most 24 (such as <c>-1.2345678901234567E-308</c>).</summary>
    internal const int Width = 32;

    /// <summary>The longest number kept in a slot: a slot is the double's bits, the length and the text, 32 bytes in one cache line.</summary>
    private const int MaxKept = Width - 9;

    [ThreadStatic]
    private static FormattedNumbers? _current;

    private readonly byte[] _slots = new byte[Slots * Width];

    /// <summary>Gets the calling thread's instance.</summary>
    public static FormattedNumbers ForThisThread => _current ??= new FormattedNumbers();

    /// <summary>Gets how many values were formatted rather than copied from the cache (for tests).</summary>
    public long Formatted { get; private set; }

    /// <summary>Writes a comma, then the number, or nothing more for an absent value (an empty cell).</summary>
    public void Write(ArrayBufferWriter<byte> output, double? value)
    {
        var span = output.GetSpan(Width + 1);
        span[0] = (byte)',';
        output.Advance(value is { } v ? 1 + Format(span[1..], v) : 1);
    }

    /// <summary>Writes a number into at least <see cref="Width"/> bytes; returns the bytes written.</summary>
    public int Format(Span<byte> destination, double value)
    {
        if (destination.Length < Width)
        {
            throw new ArgumentException("The destination is shorter than a cache slot.", nameof(destination));
        }

        var bits = BitConverter.DoubleToUInt64Bits(value);
        var slot = (int)((bits * 0x9E3779B97F4A7C15UL) >> (64 - BitOperations.Log2(Slots))) * Width;
        ref var line = ref _slots[slot];
        int length = Unsafe.Add(ref line, 8);
        if (length != 0 && Unsafe.ReadUnaligned<ulong>(ref line) == bits)
        {
            // The text and what follows it in one fixed-size copy; bytes past the number are overwritten by the next cell.
            Unsafe.CopyBlockUnaligned(ref destination[0], ref Unsafe.Add(ref line, 9), MaxKept);
            return length;
        }

        if (!value.TryFormat(destination, out var written, "R", CultureInfo.InvariantCulture) || written > Width)
        {
            throw new InvalidOperationException("A number did not fit its buffer.");
        }

        Formatted++;
        if (written <= MaxKept)
        {
            Unsafe.WriteUnaligned(ref line, bits);
            Unsafe.Add(ref line, 8) = (byte)written;
            destination[..written].CopyTo(_slots.AsSpan(slot + 9, MaxKept));
        }

        return written;
    }
}
