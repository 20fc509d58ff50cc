using CsCheck;

namespace LeadershipModel.Analysis.Tests;

/// <summary>Deterministic CsCheck samples: every run draws the same inputs (seeds 1..count), so failures reproduce.</summary>
internal static class Samples
{
    public static void Check<T>(Gen<T> gen, Action<T> assert, int count = 100)
    {
        for (var i = 1; i <= count; i++)
        {
            var value = gen.Generate(new PCG(1u, (ulong)i), null, out _);
            try
            {
                assert(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Property failed for sample {i}: {e.Message}", e);
            }
        }
    }

    /// <summary>Likert answers 1..5 with about 10% missing, n × k, plus a permutation key per column.</summary>
    public static Gen<(double[][] Rows, double[] Order)> Likert(int minRows = 8, int maxRows = 40, int minItems = 3, int maxItems = 6) =>
        from k in Gen.Int[minItems, maxItems]
        from n in Gen.Int[minRows, maxRows]
        from cells in Gen.Int[0, 50].Array[n * k]
        from order in Gen.Double[0, 1].Array[k]
        select (Enumerable.Range(0, n).Select(r => Enumerable.Range(0, k).Select(c => Cell(cells[(r * k) + c])).ToArray()).ToArray(), order);

    // 0..4 → missing (about 10%); otherwise 1..5, skewed by the row so that items correlate a little.
    private static double Cell(int v) => v < 5 ? double.NaN : 1 + (v % 5);
}
