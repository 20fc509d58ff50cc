using CsCheck;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring;

/// <summary>Scoring rules that hold for any answers (diagnostics aside: a run of identical answers depends on order and raw values).</summary>
public sealed class ScoringEnginePropertyTests
{
    private static readonly Instrument Small = TestInstruments.Small();
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Small).Build();

    /// <summary>Answers 1–5 or missing, one per item.</summary>
    private static readonly Gen<double?[]> Answers =
        Gen.Frequency((1, Gen.Const((double?)null)), (5, Gen.Int[1, 5].Select(i => (double?)i))).Array[Small.Items.Count];

    private static ResponseSet ToSet(Instrument instrument, double?[] answers, IEnumerable<int>? order = null) => ResponseSet.Create(
        instrument.Id, instrument.Version, "r", (order ?? Enumerable.Range(0, answers.Length)).Select(i => KeyValuePair.Create(Small.Items[i].Id, answers[i])));

    [Fact]
    public void EveryScore_StaysInRange() =>
        Answers.Sample(answers =>
        {
            var r = Engine.Score(ToSet(Small, answers));
            if (!r.IsScored)
            {
                return r.Rejection!.Reasons.All(x => x.Code == RejectionCodes.InsufficientData);
            }

            var p = r.Profile;
            static bool Unit(double? v) => v is null or (>= 0 and <= 1);
            return p.Dimensions.All(d => Unit(d.Position.Management) && Unit(d.Position.Leadership) && Unit(d.Position.Integration)
                                         && d.Position.Orientation is null or (>= -1 and <= 1))
                && Unit(p.Overall.Management) && Unit(p.Overall.Leadership) && Unit(p.Overall.Integration)
                && p.Scales.All(s => Unit(s.Score) && s.RawScore is null or (>= 1 and <= 5));
        });

    [Fact]
    public void ReversingKeyingTogetherWithAnswers_GivesTheSameScores() =>
        Gen.Select(Answers, Gen.Int[0, Small.Items.Count - 1]).Sample((answers, flip) =>
        {
            var items = Small.Items.Select((item, i) => i == flip ? item with { Keying = item.IsReversed ? Keying.Positive : Keying.Reverse } : item);
            var flipped = Instrument.Create(Small.Definition with { Items = items.ToEquatableArray() });
            var mirrored = answers.Select((a, i) => i == flip && a is { } v ? 6 - v : a).ToArray();
            var a = Engine.Score(ToSet(Small, answers));
            var b = ScoringEngine.CreateBuilder().AddInstrument(flipped).Build().Score(ToSet(flipped, mirrored));
            return a.IsScored == b.IsScored && (!a.IsScored || Same(a.Profile, b.Profile!));
        });

    [Fact]
    public void OrderOfAnswers_DoesNotChangeScores() =>
        Gen.Select(Answers, Gen.Shuffle(Enumerable.Range(0, Small.Items.Count).ToArray())).Sample((answers, order) =>
        {
            var a = Engine.Score(ToSet(Small, answers));
            var b = Engine.Score(ToSet(Small, answers, order));
            return a.IsScored == b.IsScored && (!a.IsScored || Same(a.Profile, b.Profile!));
        });

    [Fact]
    public void OrderOfItems_DoesNotChangeScores() =>
        Gen.Select(Answers, Gen.Shuffle(Enumerable.Range(0, Small.Items.Count).ToArray())).Sample((answers, order) =>
        {
            var shuffled = Instrument.Create(Small.Definition with { Items = order.Select(i => Small.Items[i]).ToEquatableArray() });
            var a = Engine.Score(ToSet(Small, answers));
            var b = ScoringEngine.CreateBuilder().AddInstrument(shuffled).Build().Score(ToSet(shuffled, answers));
            return a.IsScored == b.IsScored && (!a.IsScored || Same(a.Profile, b.Profile!));
        });

    [Fact]
    public void HostValidator_SeesEverySet() =>
        Answers.Array[1, 20].Sample(batch =>
        {
            var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
            var engine = ScoringEngine.CreateBuilder().AddInstrument(Small).AddResponseValidator("spy", a => seen.Add(a.ResponseSet.RespondentId)).Build();
            var sets = batch.Select((answers, i) => ToSet(Small, answers) with { RespondentId = "r" + i }).ToList();
            var result = engine.ScoreBatch(sets, new BatchScoringOptions { MaxDegreeOfParallelism = 4 });
            return seen.Order().SequenceEqual(sets.Select(s => s.RespondentId).Order()) && result.Total == sets.Count;
        });

    private static bool Same(LeadershipProfile a, LeadershipProfile b)
    {
        static IEnumerable<double?> Numbers(LeadershipProfile p) => p.Dimensions
            .SelectMany(d => new[] { d.Position.Management, d.Position.Leadership, d.Position.Orientation, d.Position.Integration })
            .Concat([p.Overall.Management, p.Overall.Leadership, p.Overall.Orientation, p.Overall.Integration, p.Authority?.GetStrength(PowerBase.Referent)])
            .Concat(p.Scales.OrderBy(s => s.Target.Key, StringComparer.Ordinal).Select(s => s.Score));
        return Numbers(a).Zip(Numbers(b)).All(x => x.First is null ? x.Second is null : x.Second is { } y && Math.Abs(x.First.Value - y) < 1e-12)
            && a.Dimensions.Select(d => d.Position.Quadrant).SequenceEqual(b.Dimensions.Select(d => d.Position.Quadrant));
    }
}
