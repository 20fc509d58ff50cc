using BenchmarkDotNet.Attributes;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Benchmarks;

/// <summary>
/// One response set to the canonical full form (2.0.0, 177 items) scored through the engine's object API, beside a plain
/// LINQ computation of the same scale means (keyed, scaled to [0, 1], mean of the answered items) that builds no
/// profile: the ratio is the price of the full result (dimensions, authority, diagnostics, provenance).
/// </summary>
[MemoryDiagnoser]
public class ProfileBenchmarks
{
    private ScoringEngine _engine = null!;
    private ResponseSet _set = null!;
    private Instrument _instrument = null!;
    private (string Key, string Id, bool Reversed)[] _items = null!;

    /// <summary>Gets or sets the canonical full form's version: 1.0.0 (94 items, the form the 3 µs and 4 KB targets were set on) or 2.0.0 (177 items).</summary>
    [Params("1.0.0", "2.0.0")]
    public string Version { get; set; } = "2.0.0";

    [GlobalSetup]
    public void Setup()
    {
        _instrument = CanonicalInstruments.TryGet(CanonicalInstruments.FullId, Version, out var instrument)
            ? instrument
            : throw new InvalidOperationException($"No canonical full form {Version}.");
        _engine = ScoringEngine.CreateBuilder().AddInstrument(_instrument).Build();
        _set = BenchmarkData.Respondent(_instrument, 7);
        _items = [.. _instrument.Items.Select(i => (i.Target.Key, i.Id, i.IsReversed))];
        if (!_engine.Score(_set).IsScored)
        {
            throw new InvalidOperationException("The benchmark response set was rejected.");
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ scale means (no profile)")]
    public Dictionary<string, double> PlainScaleMeans()
    {
        var scale = _instrument.Scale;
        var answers = _set.Answers.Where(a => a.Value.HasValue).ToDictionary(a => a.ItemId, a => a.Value!.Value);
        return _items
            .Where(i => answers.ContainsKey(i.Id))
            .GroupBy(i => i.Key)
            .ToDictionary(g => g.Key, g => g.Average(i => scale.ToUnit(i.Reversed ? scale.Reverse(answers[i.Id]) : answers[i.Id])));
    }

    [Benchmark(Description = "ScoringEngine.Score (full profile)")]
    public ScoringResult EngineScore() => _engine.Score(_set);
}
