using LeadershipModel.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Tests;

/// <summary>Response sets for the canonical full instrument drawn from seeded latent scores, and their profiles.</summary>
internal static class ScoredSamples
{
    public static Instrument Instrument => CanonicalInstruments.Full;

    public static ScoringEngine Engine { get; } = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Full).Build();

    /// <summary>Answers driven by one latent trait per person so that items of a scale correlate.</summary>
    public static double[] Answers(Random rng)
    {
        var scale = Instrument.Scale;
        var latent = Normal(rng);
        var answers = new double[Instrument.Items.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            var mid = (scale.Min + scale.Max) / 2;
            var x = Math.Clamp(Math.Round(mid + latent + (0.8 * Normal(rng))), scale.Min, scale.Max);
            answers[i] = Instrument.Items[i].IsReversed ? scale.Reverse(x) : x;
        }

        return answers;
    }

    public static ResponseSet Set(Random rng, string respondent, RaterRole role = RaterRole.Self, string? target = null)
    {
        var answers = Answers(rng);
        return ResponseSet.Create(Instrument.Id, Instrument.Version, respondent,
            Instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, answers[i])), role, target);
    }

    public static List<ResponseSet> Sets(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(1, count).Select(i => Set(rng, $"r{i}")).ToList();
    }

    public static List<LeadershipProfile> Profiles(IEnumerable<ResponseSet> sets)
    {
        var batch = Engine.ScoreBatch(sets);
        batch.Rejections.Count.Should().Be(0);
        return [.. batch.Profiles];
    }

    public static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
