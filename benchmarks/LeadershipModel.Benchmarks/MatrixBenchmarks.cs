using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Scoring;

namespace LeadershipModel.Benchmarks;

/// <summary>
/// Scale scores of a <see cref="ResponseMatrix"/> of 1,000,000 × 76 Likert answers (compact, a byte each) in 38
/// scales, written into a buffer allocated once: <see cref="ScaleScoring.ScoreInto"/> on one thread and on every core,
/// beside plain loops over a dense array of doubles (NaN = missing) that compute the same means. Data and buffers are
/// built in <c>GlobalSetup</c>, outside the measured region.
/// </summary>
[MemoryDiagnoser]
public class ScaleScoreBenchmarks
{
    private const int Rows = 1_000_000;
    private ResponseMatrix _matrix = null!;
    private double[] _doubles = null!;
    private double[] _scores = null!;
    private (int[] Columns, bool[] Reversed)[] _plan = null!;
    private double _flip;

    [GlobalSetup]
    public void Setup()
    {
        _matrix = LikertData.Matrix(Rows);
        _doubles = LikertData.Doubles(Rows);
        _scores = new double[Rows * LikertData.Scales];
        _plan = [.. LikertData.Keys.Select(k => (k.Items.Select(i => _matrix.GetItemIndex(i.ItemId)).ToArray(), k.Items.Select(i => i.Reversed).ToArray()))];
        _flip = 1 + 5;
    }

    [Benchmark(Baseline = true, Description = "plain loops over double[] (1 thread)")]
    public double[] PlainLoops()
    {
        var s = _plan.Length;
        for (var r = 0; r < Rows; r++)
        {
            var row = _doubles.AsSpan(r * LikertData.Items, LikertData.Items);
            for (var k = 0; k < s; k++)
            {
                var (cols, rev) = _plan[k];
                double sum = 0;
                var n = 0;
                for (var i = 0; i < cols.Length; i++)
                {
                    var x = row[cols[i]];
                    if (!double.IsNaN(x))
                    {
                        sum += rev[i] ? _flip - x : x;
                        n++;
                    }
                }

                _scores[(r * s) + k] = n == 0 ? double.NaN : sum / n;
            }
        }

        return _scores;
    }

    [Benchmark(Description = "ScoreInto, compact, 1 thread")]
    public double[] ScoreIntoSequential()
    {
        ScaleScoring.ScoreInto(_matrix, LikertData.Keys, _scores, new ScoreItemsOptions { MaxDegreeOfParallelism = 1 });
        return _scores;
    }

    [Benchmark(Description = "ScoreInto, compact, all cores")]
    public double[] ScoreIntoParallel()
    {
        ScaleScoring.ScoreInto(_matrix, LikertData.Keys, _scores);
        return _scores;
    }
}

/// <summary>
/// The full <c>scoreItems</c> statistics (pairwise covariances with missing values, alpha, G6, average r, ase,
/// item-total r; on compact data the scores are computed on access, so one benchmark adds <c>ScoreInto</c>) of 38
/// scales on 1,000,000 × 76: <see cref="ScaleScoring.ScoreItems"/> on compact storage (one thread
/// and every core) and on double storage (the general path), beside a plain one-pass loop over doubles that only
/// accumulates the pairwise sums (n, Σx, Σx², Σxy for every pair) and so is a lower bound for the naive approach.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScoreItemsBenchmarks
{
    private const int Rows = 1_000_000;
    private ResponseMatrix _compact = null!;
    private ResponseMatrix _wide = null!;
    private double[] _doubles = null!;
    private double[] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compact = LikertData.Matrix(Rows);
        _doubles = LikertData.Doubles(Rows);
        _scores = new double[Rows * LikertData.Scales];

        // Same answers stored as doubles: one extra column holding 0.5 forces double storage.
        var builder = ResponseMatrix.CreateBuilder([.. LikertData.ItemIds, "pad"]);
        var row = new double[LikertData.Items + 1];
        row[^1] = 0.5;
        for (var r = 0; r < Rows; r++)
        {
            _doubles.AsSpan(r * LikertData.Items, LikertData.Items).CopyTo(row);
            builder.AddRow(row);
        }

        _wide = builder.Build();
    }

    [Benchmark(Baseline = true, Description = "plain pairwise sums over double[] (1 thread)")]
    public double[] PlainPairwiseSums()
    {
        const int k = LikertData.Items;
        var n = new double[k * k];
        var sx = new double[k * k];
        var sxx = new double[k * k];
        var sxy = new double[k * k];
        for (var r = 0; r < Rows; r++)
        {
            var row = _doubles.AsSpan(r * k, k);
            for (var i = 0; i < k; i++)
            {
                var xi = row[i];
                if (double.IsNaN(xi))
                {
                    continue;
                }

                for (var j = 0; j < k; j++)
                {
                    var xj = row[j];
                    if (!double.IsNaN(xj))
                    {
                        n[(i * k) + j]++;
                        sx[(i * k) + j] += xi;
                        sxx[(i * k) + j] += xi * xi;
                        sxy[(i * k) + j] += xi * xj;
                    }
                }
            }
        }

        return sxy;
    }

    [Benchmark(Description = "ScoreItems, double storage (general path)")]
    public ScoreItemsResult DoubleStorage() => ScaleScoring.ScoreItems(_wide, LikertData.Keys);

    [Benchmark(Description = "ScoreItems, compact, 1 thread")]
    public ScoreItemsResult CompactSequential() => ScaleScoring.ScoreItems(_compact, LikertData.Keys, new ScoreItemsOptions { MaxDegreeOfParallelism = 1 });

    [Benchmark(Description = "ScoreItems, compact, all cores")]
    public ScoreItemsResult CompactParallel() => ScaleScoring.ScoreItems(_compact, LikertData.Keys);

    /// <summary>The figures plus every score in a buffer: ScoreItems on compact data computes scores on access.</summary>
    [Benchmark(Description = "ScoreItems + ScoreInto, compact, all cores")]
    public double[] CompactWithScores()
    {
        ScaleScoring.ScoreItems(_compact, LikertData.Keys);
        ScaleScoring.ScoreInto(_compact, LikertData.Keys, _scores);
        return _scores;
    }
}
