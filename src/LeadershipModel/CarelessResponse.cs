using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LeadershipModel;

/// <summary>
/// Careless-response indices of one respondent's answers: the longest run of identical answers ("long string") and
/// the intra-individual response variability (IRV).
/// </summary>
/// <remarks>
/// <para>Answers are in item order; <see cref="double.NaN"/> marks a missing answer. As in R's <c>careless</c>
/// package, a missing answer ends a run and is not counted, and IRV is the sample standard deviation (n − 1) of the
/// answered items.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class CarelessResponse
{
    /// <summary>Gets the length of the longest run of identical consecutive answers.</summary>
    /// <param name="answers">The answers in item order, NaN for missing.</param>
    /// <returns>The longest run; 0 when nothing was answered.</returns>
    public static int LongestRun(ReadOnlySpan<double> answers) => Scan(answers, wholeAnswers: false, out _, out _);

    /// <summary>Gets the intra-individual response variability: the sample standard deviation of the answered items.</summary>
    /// <param name="answers">The answers, NaN for missing.</param>
    /// <returns>The standard deviation, or <see cref="double.NaN"/> when fewer than two items were answered.</returns>
    public static double IntraIndividualVariability(ReadOnlySpan<double> answers)
    {
        Scan(answers, wholeAnswers: false, out var n, out var sum);
        return Variability(answers, n, sum);
    }

    /// <summary>Gets both indices, with the one pass over the answers that both need shared.</summary>
    /// <param name="answers">The answers in item order, NaN for missing.</param>
    /// <param name="wholeAnswers">
    /// Whether every answer is a whole number and their sum stays below 2⁵³ (the scoring engine's answers on an
    /// integer scale): such a sum is exact in any order, so it may be taken in several parts at once.
    /// </param>
    /// <returns>The longest run and the variability, as <see cref="LongestRun"/> and <see cref="IntraIndividualVariability"/> give them.</returns>
    internal static (int LongestRun, double Variability) Measure(ReadOnlySpan<double> answers, bool wholeAnswers)
    {
        var longest = Scan(answers, wholeAnswers, out var n, out var sum);
        return (longest, Variability(answers, n, sum));
    }

    /// <summary>One pass: the longest run, and the count and sum of the answers (in item order unless <paramref name="wholeAnswers"/>).</summary>
    /// <remarks>
    /// <para>The run is found from bits rather than compared answer by answer (whether neighbouring answers are
    /// equal is as good as random, so branches on it mispredict): bit <c>i</c> of a block of 64 answers says that
    /// answer <c>i</c> equals answer <c>i − 1</c> (a NaN equals nothing). A run of <c>k</c> such bits ending at an
    /// answer is a run of <c>k + 1</c> identical answers, and an answer after a missing one or a different one starts
    /// a run of 1; so the longest run is one more than the longest streak of set bits, or 0 with no answer at all.</para>
    /// <para>The sum of whole answers is taken in two parts (exact, so equal to the sum in order); any other sum is
    /// taken in item order, as before.</para>
    /// </remarks>
    private static int Scan(ReadOnlySpan<double> answers, bool wholeAnswers, out int n, out double sum)
    {
        var length = answers.Length;
        ref var a = ref MemoryMarshal.GetReference(answers);
        var sums = Vector128<double>.Zero;
        var tail = 0.0;
        int answered = 0, longest = 0, carried = 0;
        for (var start = 0; start < length; start += 64)
        {
            var end = Math.Min(start + 64, length);
            ulong equal = 0, present = 0;
            var i = start;
            if (i == 0 && end >= 2)
            {
                // The first answer has no predecessor: NaN, which equals nothing.
                var x = Vector128.LoadUnsafe(ref a);
                var here = Vector128.Equals(x, x);
                equal = Vector128.ExtractMostSignificantBits(Vector128.Equals(x, Vector128.Create(double.NaN, a)));
                present = Vector128.ExtractMostSignificantBits(here);
                sums += x & here;
                i = 2;
            }

            for (; i + 1 < end; i += 2)
            {
                var x = Vector128.LoadUnsafe(ref a, (nuint)i);
                var here = Vector128.Equals(x, x);
                equal |= (ulong)Vector128.ExtractMostSignificantBits(Vector128.Equals(x, Vector128.LoadUnsafe(ref a, (nuint)(i - 1)))) << (i - start);
                present |= (ulong)Vector128.ExtractMostSignificantBits(here) << (i - start);
                sums += x & here;
            }

            if (i < end)
            {
                // The odd one out at the end.
                var x = Unsafe.Add(ref a, i);
                var previous = i == 0 ? double.NaN : Unsafe.Add(ref a, i - 1);
                equal |= (x == previous ? 1UL : 0UL) << (i - start);
                if (!double.IsNaN(x))
                {
                    present |= 1UL << (i - start);
                    tail = x;
                }
            }

            answered += BitOperations.PopCount(present);
            if (equal == ulong.MaxValue)
            {
                carried += 64;
                continue;
            }

            // A streak carried in from the blocks before ends in this block's lowest bits; the streaks within the
            // block are found by shortening every streak by one bit at a time; the highest bits carry on.
            longest = Math.Max(longest, carried + BitOperations.TrailingZeroCount(~equal));
            longest = Math.Max(longest, LongestStreak(equal));
            carried = BitOperations.LeadingZeroCount(~equal);
        }

        longest = Math.Max(longest, carried);
        n = answered;
        sum = wholeAnswers ? Vector128.Sum(sums) + tail : SumInOrder(answers);
        return answered == 0 ? 0 : longest + 1;
    }

    /// <summary>The length of the longest streak of set bits.</summary>
    private static int LongestStreak(ulong bits)
    {
        var k = 0;
        while (bits != 0)
        {
            bits &= bits >> 1;
            k++;
        }

        return k;
    }

    /// <summary>The sum of the answers (NaN = missing, skipped) in item order.</summary>
    private static double SumInOrder(ReadOnlySpan<double> answers)
    {
        var total = 0.0;
        foreach (var x in answers)
        {
            if (!double.IsNaN(x))
            {
                total += x;
            }
        }

        return total;
    }

    /// <summary>The sample standard deviation from the answers, their count and their sum.</summary>
    private static double Variability(ReadOnlySpan<double> answers, int n, double sum)
    {
        if (n < 2)
        {
            return double.NaN;
        }

        var mean = sum / n;
        var ss = 0.0;
        foreach (var x in answers)
        {
            if (!double.IsNaN(x))
            {
                ss += (x - mean) * (x - mean);
            }
        }

        return Math.Sqrt(ss / (n - 1));
    }
}
