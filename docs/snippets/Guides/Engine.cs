using System.Collections.Concurrent;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Snippets.Guides;

#region enricher
/// <summary>Names the pole the person leans to most strongly, as a host-specific result.</summary>
public sealed class StrongestPoleEnricher : IProfileEnricher
{
    public static readonly ExtensionKey<string> StrongestPole = new("strongest-pole");

    public string Name => "strongest-pole";

    public void Enrich(in EnrichmentArguments arguments)
    {
        var best = (Id: (string?)null, Value: double.MinValue);
        foreach (var dimension in arguments.Profile.Dimensions)
        {
            if (dimension.Leadership is { Score: { } l } && l > best.Value)
            {
                best = (dimension.DimensionId + "/leadership", l);
            }

            if (dimension.Management is { Score: { } m } && m > best.Value)
            {
                best = (dimension.DimensionId + "/management", m);
            }
        }

        if (best.Id is not null)
        {
            arguments.Extensions.Set(StrongestPole, best.Id);
        }
    }
}
#endregion

#region scale-scorer
/// <summary>Scores a scale by the median of its answered items instead of the mean.</summary>
public sealed class MedianScaleScorer : IScaleScorer
{
    public string Name => "median";

    public double Score(in ScaleScoringArguments arguments)
    {
        // Values is a ReadOnlyMemory<double> (keyed, in [0, 1], NaN = unanswered): loop over its Span.
        var answered = new List<double>(arguments.Values.Length);
        foreach (var value in arguments.Values.Span)
        {
            if (!double.IsNaN(value))
            {
                answered.Add(value);
            }
        }

        if (answered.Count == 0)
        {
            return double.NaN;   // cannot be scored
        }

        answered.Sort();
        var middle = answered.Count / 2;
        return answered.Count % 2 == 1 ? answered[middle] : (answered[middle - 1] + answered[middle]) / 2;
    }
}
#endregion

#region classifier
/// <summary>Names the profile type by orientation alone, with a band around zero.</summary>
public sealed class OrientationClassifier : IProfileClassifier
{
    public string Name => "orientation-band";

    public string? Classify(in ClassificationArguments arguments) => arguments.Overall.Orientation switch
    {
        null => null,
        > 0.1 => "leans to leadership",
        < -0.1 => "leans to management",
        _ => "balanced",
    };
}
#endregion

#region observer
/// <summary>Counts outcomes for metrics; observers must be thread-safe, as ScoreBatch may run in parallel.</summary>
public sealed class CountingObserver : ScoringObserver
{
    private long scored;
    private long rejected;

    public ConcurrentQueue<string> Failures { get; } = new();

    public long Scored => Interlocked.Read(ref scored);

    public long Rejected => Interlocked.Read(ref rejected);

    public override void OnScored(in ProfileScoredArguments arguments) => Interlocked.Increment(ref scored);

    public override void OnRejected(in ResponseRejectedArguments arguments) => Interlocked.Increment(ref rejected);

    public override void OnPluginFailed(in PluginFailedArguments arguments)
        => Failures.Enqueue($"{arguments.Failure.PluginName} in {arguments.Failure.Step}: {arguments.Failure.Message}");
}
#endregion

#region faulty-enricher
/// <summary>An enricher with a bug: it sets a value, then throws.</summary>
public sealed class FaultyEnricher : IProfileEnricher
{
    public static readonly ExtensionKey<double> Half = new("half");

    public string Name => "faulty";

    public void Enrich(in EnrichmentArguments arguments)
    {
        arguments.Extensions.Set(Half, 0.5);
        throw new InvalidOperationException("lookup service unavailable");
    }
}
#endregion

/// <summary>docs/engine.md.</summary>
public static class EngineGuide
{
    public static (ScoringEngine Engine, CountingObserver Observer) Register()
    {
        #region register-plugins
        var observer = new CountingObserver();
        var engine = ScoringEngine.CreateBuilder()
            .AddInstrument(CanonicalInstruments.Short)
            .UseScaleScorer(new MedianScaleScorer())
            .UseProfileClassifier(new OrientationClassifier())
            .AddEnricher(new StrongestPoleEnricher())
            .AddEnricher("answered-share", args => args.Extensions.Set(new ExtensionKey<double>("answered-share"), args.Profile.Diagnostics.AnsweredShare))
            .AddObserver(observer)
            .Build();

        var result = engine.Score(ResponseSet.Create(CanonicalInstruments.Short, "ada", Answers(CanonicalInstruments.Short)));
        string? pole = result.Profile?.Extensions.GetValueOrDefault(StrongestPoleEnricher.StrongestPole);
        #endregion
        return pole is null ? throw new InvalidOperationException("no pole") : (engine, observer);
    }

    public static LeadershipProfile FailureIsolation()
    {
        #region failure-isolation
        var engine = ScoringEngine.CreateBuilder()
            .AddInstrument(CanonicalInstruments.Short)
            .AddEnricher(new FaultyEnricher())
            .Build();

        // Score never throws for a plug-in's fault: the profile is complete, the failure is named, and what the
        // enricher set before it threw is discarded.
        var profile = engine.Score(ResponseSet.Create(CanonicalInstruments.Short, "ada", Answers(CanonicalInstruments.Short))).Profile!;
        foreach (var failure in profile.Diagnostics.PluginFailures)
        {
            Console.WriteLine($"{failure.PluginName} failed in {failure.Step}: {failure.Message}");   // faulty failed in enrichment: …
        }

        bool leftBehind = profile.Extensions.TryGet(FaultyEnricher.Half, out _);                     // false
        #endregion
        return leftBehind ? throw new InvalidOperationException("value left behind") : profile;
    }

    public static (string A, string B, Provenance Provenance) Fingerprints()
    {
        #region fingerprint
        var plain = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).Build();
        var median = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).UseScaleScorer(new MedianScaleScorer()).Build();

        // The fingerprint is built from each pipeline step's own description (name, options, a hash of its data):
        // two engines that can score differently have different fingerprints.
        Console.WriteLine($"{plain.Fingerprint} vs {median.Fingerprint}");

        // Every profile carries its provenance: instrument, version, library version and the engine's fingerprint.
        var profile = plain.Score(ResponseSet.Create(CanonicalInstruments.Short, "ada", Answers(CanonicalInstruments.Short))).Profile!;
        var (instrumentId, instrumentVersion, libraryVersion, fingerprint) = profile.Provenance;
        #endregion
        return (plain.Fingerprint, median.Fingerprint, new Provenance(instrumentId, instrumentVersion, libraryVersion, fingerprint));
    }

    internal static double[] Answers(Instrument instrument)
        => [.. instrument.Items.Select((item, i) => (double)(1 + ((i * 3) % 5)))];
}
