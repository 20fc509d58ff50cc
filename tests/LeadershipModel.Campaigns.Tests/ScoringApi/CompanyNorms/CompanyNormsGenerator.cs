using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Scoring;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.CompanyNorms;

/// <summary>
/// Makes the sample's <c>Data/company-norms.json</c>: a plausible company norm table from simulated data, so that the
/// sample ships norms without shipping anyone's answers.
/// </summary>
/// <remarks>
/// <para>500 simulated self-ratings of the canonical full form (seed <see cref="CanonicalSeed"/>) give every index
/// the engine compares for it: overall, per dimension, per power base and source, follower share. 500 simulated
/// answers to the Acme pulse (seed <see cref="PulseSeed"/>) give its construct, <c>construct/psychological-safety</c>.
/// Both samples use <see cref="ResponseSimulator"/> with its default population and graded-response model.</para>
/// <para>Each index keeps its sample size, mean and standard deviation (n − 1), no reliability, and up to
/// <see cref="MaxPoints"/> points: the mid-rank percentile <c>100·(below + equal/2)/n</c> of each distinct score,
/// thinned evenly (the lowest and highest always kept).</para>
/// <para>The simulator is bit-for-bit reproducible, so the test in <see cref="CompanyNormsTests"/> checks that the
/// committed file equals a fresh run; set <c>LEADERSHIPMODEL_REGENERATE_NORMS=1</c> to rewrite it.</para>
/// </remarks>
internal static class CompanyNormsGenerator
{
    public const ulong CanonicalSeed = 20_260_101;
    public const ulong PulseSeed = 20_260_102;
    public const int SampleSize = 500;
    public const int MaxPoints = 21;
    public const string Id = "acme-2026";
    public const string Name = "Acme Corporation, all managers, 2026 (simulated)";

    public static NormTable Generate(Instrument pulse)
    {
        var values = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var profile in Score(CanonicalInstruments.Full, CanonicalSeed))
        {
            CollectAll(profile, values);
        }

        foreach (var profile in Score(pulse, PulseSeed))
        {
            foreach (var c in profile.Constructs)
            {
                Add(values, IndexIds.ForConstruct(c.Target.ConstructId!), c.Score);
            }
        }

        return NormTable.Create(Id, Name, SampleSize, values.Select(kv => ToIndex(kv.Key, kv.Value)));
    }

    private static EquatableArray<LeadershipProfile> Score(Instrument instrument, ulong seed)
    {
        var sample = ResponseSimulator.Simulate(instrument, new SimulationOptions { Seed = seed, TargetCount = SampleSize });
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var result = engine.ScoreBatch(sample.ResponseSets);
        if (result.Rejections.Count > 0)
        {
            throw new InvalidOperationException("Simulated data was rejected: " + result.Rejections[0]);
        }

        return result.Profiles;
    }

    private static void CollectAll(LeadershipProfile profile, SortedDictionary<string, List<double>> values)
    {
        Add(values, IndexIds.Management, profile.Overall.Management);
        Add(values, IndexIds.Leadership, profile.Overall.Leadership);
        Add(values, IndexIds.Orientation, profile.Overall.Orientation);
        Add(values, IndexIds.Integration, profile.Overall.Integration);
        foreach (var d in profile.Dimensions)
        {
            Add(values, IndexIds.ForDimension(d.DimensionId, IndexIds.Management), d.Position.Management);
            Add(values, IndexIds.ForDimension(d.DimensionId, IndexIds.Leadership), d.Position.Leadership);
            Add(values, IndexIds.ForDimension(d.DimensionId, IndexIds.Orientation), d.Position.Orientation);
            Add(values, IndexIds.ForDimension(d.DimensionId, IndexIds.Integration), d.Position.Integration);
        }

        if (profile.Authority is { } authority)
        {
            foreach (var b in authority.Bases)
            {
                Add(values, IndexIds.ForPowerBase(b.Base), b.Strength);
            }

            foreach (var s in authority.Sources)
            {
                Add(values, IndexIds.ForSource(s.Source), s.Strength);
            }

            Add(values, IndexIds.FollowerShare, authority.FollowerConferredShare);
        }
    }

    private static void Add(SortedDictionary<string, List<double>> values, string indexId, double? value)
    {
        if (value is not { } v)
        {
            return;
        }

        if (!values.TryGetValue(indexId, out var list))
        {
            values[indexId] = list = [];
        }

        list.Add(v);
    }

    private static NormIndex ToIndex(string indexId, List<double> scores)
    {
        var sorted = scores.Order().ToArray();
        var n = sorted.Length;
        var points = new List<NormPoint>();
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && sorted[j] == sorted[i])
            {
                j++;
            }

            points.Add(new NormPoint(sorted[i], 100.0 * (i + ((j - i) / 2.0)) / n));
            i = j;
        }

        var mean = sorted.Average();
        var sd = n > 1 ? Math.Sqrt(sorted.Sum(x => (x - mean) * (x - mean)) / (n - 1)) : 0;
        return NormIndex.Create(indexId, n, Thin(points), mean, sd);
    }

    private static List<NormPoint> Thin(List<NormPoint> points)
    {
        if (points.Count <= MaxPoints)
        {
            return points;
        }

        return Enumerable.Range(0, MaxPoints)
            .Select(k => (int)Math.Round(k * (points.Count - 1) / (double)(MaxPoints - 1), MidpointRounding.AwayFromZero))
            .Distinct()
            .Select(i => points[i])
            .ToList();
    }
}
