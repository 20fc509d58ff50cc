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
    public static int LongestRun(ReadOnlySpan<double> answers)
    {
        var longest = 0;
        var run = 0;
        var previous = double.NaN;
        foreach (var x in answers)
        {
            if (double.IsNaN(x))
            {
                run = 0;
            }
            else if (run > 0 && x == previous)
            {
                run++;
            }
            else
            {
                run = 1;
            }

            previous = x;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>Gets the intra-individual response variability: the sample standard deviation of the answered items.</summary>
    /// <param name="answers">The answers, NaN for missing.</param>
    /// <returns>The standard deviation, or <see cref="double.NaN"/> when fewer than two items were answered.</returns>
    public static double IntraIndividualVariability(ReadOnlySpan<double> answers)
    {
        var n = 0;
        var sum = 0.0;
        foreach (var x in answers)
        {
            if (!double.IsNaN(x))
            {
                n++;
                sum += x;
            }
        }

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
