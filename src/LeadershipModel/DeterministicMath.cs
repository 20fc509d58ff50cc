namespace LeadershipModel;

/// <summary>
/// A natural logarithm computed from IEEE 754 additions, multiplications and divisions only, so that it returns the
/// same bits on every runtime, .NET version and processor.
/// </summary>
/// <remarks>
/// <para><see cref="Math.Log(double)"/> calls the platform's C library, which is not required to round correctly and
/// may differ by an ulp between platforms; a simulation promised to reproduce byte for byte cannot use it. Here
/// <c>x = m · 2^e</c> with <c>m</c> in [√½, √2), and <c>ln x = e·ln 2 + 2·atanh(s)</c> with <c>s = (m − 1)/(m + 1)</c>,
/// the odd series of atanh summed to <c>s²³</c> by Horner's rule (|s| ≤ 0.172, so the first term left out is below
/// 10⁻¹⁸ of the result). <c>ln 2</c> is split into fdlibm's high and low parts so that <c>e·ln2_hi</c> is exact.
/// The result is within a few ulps of the true logarithm.</para>
/// <para>.NET's JIT never fuses a multiplication and an addition into one rounding unless asked to
/// (<see cref="Math.FusedMultiplyAdd"/>, which is not used), so each operation here rounds once, as written.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class DeterministicMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>Computes the natural logarithm of a positive, finite number.</summary>
    /// <param name="x">The number; positive and finite.</param>
    /// <returns><c>ln x</c>, within a few ulps.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is not positive and finite.</exception>
    public static double Log(double x)
    {
        if (!(x > 0) || !double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The logarithm needs a positive, finite number.");
        }

        var e = 0;
        var bits = BitConverter.DoubleToInt64Bits(x);
        if (((bits >> 52) & 0x7FF) == 0)
        {
            // Subnormal: scale into the normal range first (exact).
            x *= 18014398509481984.0; // 2^54
            e = -54;
            bits = BitConverter.DoubleToInt64Bits(x);
        }

        e += (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            e++;
        }

        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var series = 1.0 / 23;
        series = (1.0 / 21) + (s2 * series);
        series = (1.0 / 19) + (s2 * series);
        series = (1.0 / 17) + (s2 * series);
        series = (1.0 / 15) + (s2 * series);
        series = (1.0 / 13) + (s2 * series);
        series = (1.0 / 11) + (s2 * series);
        series = (1.0 / 9) + (s2 * series);
        series = (1.0 / 7) + (s2 * series);
        series = (1.0 / 5) + (s2 * series);
        series = (1.0 / 3) + (s2 * series);
        var atanhPart = 2 * s * s2 * series;
        return (e * Ln2Hi) + ((2 * s) + (atanhPart + (e * Ln2Lo)));
    }
}
