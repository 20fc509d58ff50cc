using System.Runtime.CompilerServices;

namespace LeadershipModel.Internal;

/// <summary>
/// Stores an optional double so that all-zero bits mean "absent": the value's bits XOR the bits of NaN. A struct
/// whose fields are stored this way has <c>default</c> = every value absent, and needs no flags.
/// </summary>
internal static class AbsentAsZero
{
    private static readonly long NaNBits = BitConverter.DoubleToInt64Bits(double.NaN);

    /// <summary>Encodes a value (NaN or <see langword="null"/> = absent).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The stored bits.</returns>
    public static long Encode(double? value) => value is { } v ? Encode(v) : 0;

    /// <summary>Encodes a value (NaN = absent), for callers that already carry absence as NaN.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The stored bits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Encode(double value) => double.IsNaN(value) ? 0 : BitConverter.DoubleToInt64Bits(value) ^ NaNBits;

    /// <summary>Decodes stored bits.</summary>
    /// <param name="bits">The stored bits.</param>
    /// <returns>The value, or NaN when absent.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Decode(long bits) => bits == 0 ? double.NaN : BitConverter.Int64BitsToDouble(bits ^ NaNBits);

    /// <summary>Decodes stored bits to a nullable value.</summary>
    /// <param name="bits">The stored bits.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? DecodeNullable(long bits) => bits == 0 ? null : BitConverter.Int64BitsToDouble(bits ^ NaNBits);
}
