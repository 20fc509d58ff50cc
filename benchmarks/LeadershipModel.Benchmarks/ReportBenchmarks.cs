using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LeadershipModel.Cli.Output;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Benchmarks;

/// <summary>
/// The readable reports of <c>leadership score</c> (table, Markdown, HTML) for 10,000, 40,000 and 100,000 people,
/// each rated by themselves and two others, against writing the same profiles as CSV (the baseline, which streams).
/// Time and allocations per person should stay flat as the people grow: the reports are linear in the input
/// (issue 14; a test in LeadershipModel.Cli.Tests guards it by counting lookups).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReportBenchmarks
{
    private List<LeadershipProfile> _profiles = null!;

    /// <summary>Gets or sets the number of people (three profiles each).</summary>
    [Params(10_000, 40_000, 100_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var instrument = CanonicalInstruments.Full;
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        _profiles = new List<LeadershipProfile>(People * 3);
        for (var p = 0; p < People; p++)
        {
            var id = "person-" + p;
            foreach (var (respondent, role) in new[] { (id, RaterRole.Self), (id + "-peer", RaterRole.Peer), (id + "-manager", RaterRole.Manager) })
            {
                var set = BenchmarkData.Respondent(instrument, (p * 3) + (int)role) with { RespondentId = respondent, TargetId = role == RaterRole.Self ? null : id, Role = role };
                _profiles.Add(engine.Score(set).Profile!);
            }
        }
    }

    [Benchmark(Baseline = true, Description = "profiles to CSV (streamed)")]
    public void Csv() => Write(ReportFormats.Csv);

    [Benchmark(Description = "table report")]
    public void Table() => Write(ReportFormats.Table);

    [Benchmark(Description = "Markdown report")]
    public void Markdown() => Write(ReportFormats.Markdown);

    [Benchmark(Description = "HTML report")]
    public void Html() => Write(ReportFormats.Html);

    private void Write(string format)
    {
        using var sink = ReportSink.Open(TextWriter.Null, format, CanonicalInstruments.Full);
        foreach (var profile in _profiles)
        {
            sink.Add(profile);
        }

        sink.Complete(anonymity: 3);
    }
}
