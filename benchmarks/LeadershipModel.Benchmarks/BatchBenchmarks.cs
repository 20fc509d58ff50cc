using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Benchmarks;

/// <summary>
/// 100,000 response sets to the canonical full form through <see cref="ScoringEngine.ScoreBatch"/>, sequential
/// (the baseline) and on every core. The sets are built once, outside the measured region.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BatchBenchmarks
{
    private const int Count = 100_000;
    private ScoringEngine _engine = null!;
    private ResponseSet[] _sets = null!;

    [GlobalSetup]
    public void Setup()
    {
        var instrument = CanonicalInstruments.Full;
        _engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        _sets = [.. Enumerable.Range(0, Count).Select(i => BenchmarkData.Respondent(instrument, i))];
    }

    [Benchmark(Baseline = true, Description = "ScoreBatch 100k, sequential")]
    public BatchScoringResult Sequential() => _engine.ScoreBatch(_sets);

    [Benchmark(Description = "ScoreBatch 100k, parallel (all cores)")]
    public BatchScoringResult Parallel() => _engine.ScoreBatch(_sets, new BatchScoringOptions { MaxDegreeOfParallelism = -1 });
}
