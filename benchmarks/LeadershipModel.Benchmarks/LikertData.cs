using System.Globalization;
using System.Text;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Benchmarks;

/// <summary>
/// The large benchmark data set: Likert answers 1–5 to 76 items in 38 two-item scales (the shape of the canonical
/// full form's poles), about 1% missing, generated from a seed with SplitMix64 so that every run and every tool
/// (<c>benchmarks/compare-psych/generate.cs</c> writes the same file) sees the same answers.
/// </summary>
/// <remarks>Item q{2s+1} and q{2s+2} measure scale s from one latent score per respondent and scale; the second item
/// of every third scale is reverse keyed.</remarks>
public static class LikertData
{
    /// <summary>The number of items.</summary>
    public const int Items = 76;

    /// <summary>The number of scales.</summary>
    public const int Scales = 38;

    /// <summary>Gets the item ids, q01 … q76.</summary>
    public static string[] ItemIds { get; } = [.. Enumerable.Range(1, Items).Select(i => "q" + i.ToString("00", CultureInfo.InvariantCulture))];

    /// <summary>Gets the psych-style keys: s01=q01,q02; s03=q05,-q06; …</summary>
    public static IReadOnlyList<ScaleKey> Keys { get; } = [.. Enumerable.Range(0, Scales).Select(Key)];

    /// <summary>Gets the keys as the command line takes them (<c>--scale s01=q01,q02</c>).</summary>
    public static IEnumerable<string> KeyTexts => Keys.Select(k => k.ToString());

    /// <summary>Fills one row with answers 1–5 (0 marks a missing one).</summary>
    public static void Row(ulong seed, long respondent, Span<byte> row)
    {
        var state = seed ^ ((ulong)respondent * 0x9E3779B97F4A7C15UL);
        for (var s = 0; s < Scales; s++)
        {
            var latent = Gaussian(ref state);
            for (var j = 0; j < 2; j++)
            {
                var i = (2 * s) + j;
                var u = Next(ref state);
                if (u % 100 == 0)
                {
                    row[i] = 0;
                    continue;
                }

                var x = Math.Clamp((int)Math.Round(3 + latent + (0.9 * Gaussian(ref state))), 1, 5);
                row[i] = (byte)(Reversed(i) ? 6 - x : x);
            }
        }
    }

    /// <summary>Builds the matrix of <paramref name="rows"/> respondents (compact storage).</summary>
    public static ResponseMatrix Matrix(int rows, ulong seed = 42)
    {
        var builder = ResponseMatrix.CreateBuilder(ItemIds);
        Span<byte> row = stackalloc byte[Items];
        var values = new double[Items];
        for (var r = 0; r < rows; r++)
        {
            Row(seed, r, row);
            for (var i = 0; i < Items; i++)
            {
                values[i] = row[i] == 0 ? double.NaN : row[i];
            }

            builder.AddRow(values);
        }

        return builder.Build();
    }

    /// <summary>The same answers as a dense rows × 76 array of doubles (NaN = missing), for the plain-loop baselines.</summary>
    public static double[] Doubles(int rows, ulong seed = 42)
    {
        var result = new double[(long)rows * Items];
        Span<byte> row = stackalloc byte[Items];
        for (var r = 0; r < rows; r++)
        {
            Row(seed, r, row);
            for (var i = 0; i < Items; i++)
            {
                result[((long)r * Items) + i] = row[i] == 0 ? double.NaN : row[i];
            }
        }

        return result;
    }

    /// <summary>Writes the CSV: a header <c>respondent,q01,…,q76</c>, then one line per respondent, missing answers as empty fields.</summary>
    public static void WriteCsv(string path, int rows, ulong seed = 42)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("respondent");
        foreach (var id in ItemIds)
        {
            writer.Write(',');
            writer.Write(id);
        }

        writer.Write('\n');
        Span<byte> row = stackalloc byte[Items];
        Span<char> line = stackalloc char[16 + (2 * Items)];
        for (var r = 0; r < rows; r++)
        {
            Row(seed, r, row);
            (r + 1).TryFormat(line, out var at, provider: CultureInfo.InvariantCulture);
            for (var i = 0; i < Items; i++)
            {
                line[at++] = ',';
                if (row[i] != 0)
                {
                    line[at++] = (char)('0' + row[i]);
                }
            }

            line[at++] = '\n';
            writer.Write(line[..at]);
        }
    }

    private static bool Reversed(int item) => item % 2 == 1 && (item / 2) % 3 == 2;

    private static ScaleKey Key(int s)
        => ScaleKey.Create(
            "s" + (s + 1).ToString("00", CultureInfo.InvariantCulture),
            ItemIds[2 * s],
            (Reversed((2 * s) + 1) ? "-" : "") + ItemIds[(2 * s) + 1]);

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A standard normal deviate from the sum of four uniforms (centred and scaled); close enough for test data.</summary>
    private static double Gaussian(ref ulong state)
    {
        var sum = 0.0;
        for (var i = 0; i < 4; i++)
        {
            sum += (Next(ref state) >> 11) * (1.0 / (1UL << 53));
        }

        return (sum - 2) * Math.Sqrt(3);
    }
}
