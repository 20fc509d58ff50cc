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
    public static int LongestRun(ReadOnlySpan<double> answers) => Scan(answers, out _, out _);

    /// <summary>Gets the intra-individual response variability: the sample standard deviation of the answered items.</summary>
    /// <param name="answers">The answers, NaN for missing.</param>
    /// <returns>The standard deviation, or <see cref="double.NaN"/> when fewer than two items were answered.</returns>
    public static double IntraIndividualVariability(ReadOnlySpan<double> answers)
    {
        Scan(answers, out var n, out var sum);
        return Variability(answers, n, sum);
    }

    /// <summary>Gets both indices, with the one pass over the answers that both need shared.</summary>
    /// <param name="answers">The answers in item order, NaN for missing.</param>
    /// <returns>The longest run and the variability, as <see cref="LongestRun"/> and <see cref="IntraIndividualVariability"/> give them.</returns>
    internal static (int LongestRun, double Variability) Measure(ReadOnlySpan<double> answers)
    {
        var longest = Scan(answers, out var n, out var sum);
        return (longest, Variability(answers, n, sum));
    }

    /// <summary>One pass: the longest run, and the count and sum of the answers (in item order).</summary>
    private static int Scan(ReadOnlySpan<double> answers, out int n, out double sum)
    {
        var longest = 0;
        var run = 0;
        var previous = double.NaN;
        var count = 0;
        var total = 0.0;
        foreach (var x in answers)
        {
            // An answer equal to the previous one extends the run (a NaN equals nothing, so a missing answer ends it
            // and the one after starts anew); written as selects rather than branches, because whether neighbouring
            // answers are equal is as good as random.
            run = x == previous ? run + 1 : double.IsNaN(x) ? 0 : 1;
            previous = x;
            longest = Math.Max(longest, run);
            if (!double.IsNaN(x))
            {
                count++;
                total += x;
            }
        }

        n = count;
        sum = total;
        return longest;
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
