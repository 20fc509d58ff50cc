namespace LeadershipModel.Diagnostics;

/// <summary>
/// Per-respondent careless-response indices: the longest run of identical answers ("longstring") and the
/// intra-individual response variability (IRV).
/// </summary>
/// <remarks>Missing answers are <see cref="double.NaN"/>. This type is stateless and thread-safe.</remarks>
public static class CarelessResponse
{
    /// <summary>Gets the length of the longest run of identical consecutive answers; a missing answer ends a run.</summary>
    /// <param name="answers">Raw answers in presentation order; NaN for missing.</param>
    /// <returns>The longest run; 0 when nothing was answered.</returns>
    public static int LongestRun(ReadOnlySpan<double> answers)
    {
        var longest = 0;
        var run = 0;
        var previous = double.NaN;
        foreach (var value in answers)
        {
            if (double.IsNaN(value))
            {
                run = 0;
            }
            else
            {
                run = value == previous ? run + 1 : 1;
                longest = Math.Max(longest, run);
            }

            previous = value;
        }

        return longest;
    }

    /// <summary>Gets the intra-individual response variability: the sample standard deviation (n − 1) of the answered items.</summary>
    /// <param name="answers">Raw answers; NaN for missing.</param>
    /// <returns>The standard deviation, or NaN when fewer than two items were answered.</returns>
    public static double IntraIndividualVariability(ReadOnlySpan<double> answers)
    {
        double sum = 0;
        var n = 0;
        foreach (var value in answers)
        {
            if (!double.IsNaN(value))
            {
                sum += value;
                n++;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var mean = sum / n;
        double squares = 0;
        foreach (var value in answers)
        {
            if (!double.IsNaN(value))
            {
                squares += (value - mean) * (value - mean);
            }
        }

        return Math.Sqrt(squares / (n - 1));
    }
}
