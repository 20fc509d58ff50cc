using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Benchmarks;

/// <summary>
/// Reading the 1,000,000 × 76 CSV (about 160 MB, written once to a temporary file in <c>GlobalSetup</c>):
/// <see cref="ResponseMatrixCsvReader.ReadFile"/> into a compact matrix, beside <c>File.ReadLines</c> + <c>string.Split</c> +
/// <c>double.Parse</c> into a dense double array.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CsvBenchmarks
{
    private const int Rows = 1_000_000;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"leadershipmodel-bench-{Rows}x{LikertData.Items}.csv");
        if (!File.Exists(_path))
        {
            LikertData.WriteCsv(_path, Rows);
        }
    }

    [Benchmark(Baseline = true, Description = "ReadLines + Split + double.Parse")]
    public double[] PlainSplit()
    {
        var values = new double[Rows * LikertData.Items];
        var r = 0;
        foreach (var line in File.ReadLines(_path).Skip(1))
        {
            var fields = line.Split(',');
            for (var i = 1; i < fields.Length; i++)
            {
                values[(r * LikertData.Items) + i - 1] = fields[i].Length == 0 ? double.NaN : double.Parse(fields[i], CultureInfo.InvariantCulture);
            }

            r++;
        }

        return values;
    }

    [Benchmark(Description = "ResponseMatrixCsvReader.ReadFile (compact)")]
    public ResponseMatrix Reader() => ResponseMatrixCsvReader.ReadFile(_path).Matrix;
}
