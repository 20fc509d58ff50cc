using System.Globalization;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>
/// Simulates answers to any instrument from known latent scores: targets drawn from a population, raters who see
/// them with bias and noise, and a graded-response or tau-equivalent response model.
/// </summary>
/// <remarks>
/// <para>The models are defined exactly in <see cref="SimulationOptions"/>, <see cref="LatentPopulation"/> and
/// <see cref="RaterGroup"/>. The same instrument, options and seed give the same sample, bit for bit, on every
/// platform and .NET version (see <see cref="SimulationRandom"/>).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ResponseSimulator
{
    private static readonly double InvSqrt2 = 1 / Math.Sqrt(2);

    /// <summary>Simulates a sample.</summary>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SimulationOptions.Default"/>.</param>
    /// <returns>The response sets and the true latent scores.</returns>
    /// <exception cref="ArgumentException">The graded-response model is asked for on a scale that is not integer-only.</exception>
    public static SimulatedSample Simulate(Instrument instrument, SimulationOptions? options = null)
    {
        var run = Prepare(instrument, options);
        var targets = new List<SimulatedTarget>(run.Options.TargetCount);
        var sets = new List<ResponseSet>(run.Options.TargetCount * run.Groups.Sum(g => g.Count));
        foreach (var (target, set) in Generate(run))
        {
            if (targets.Count == 0 || !ReferenceEquals(targets[^1], target))
            {
                targets.Add(target);
            }

            sets.Add(set);
        }

        return new SimulatedSample(instrument, run.Options, new EquatableArray<ItemTarget>(run.Traits), new EquatableArray<SimulatedTarget>(targets), new EquatableArray<ResponseSet>(sets));
    }

    /// <summary>
    /// Simulates the response sets of a sample one at a time, in the same order and with the same answers as
    /// <see cref="Simulate"/>, without keeping them or the true scores: for samples too large to hold in memory.
    /// </summary>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SimulationOptions.Default"/>.</param>
    /// <returns>The response sets, generated lazily; enumerate once.</returns>
    /// <exception cref="ArgumentException">The graded-response model is asked for on a scale that is not integer-only.</exception>
    public static IEnumerable<ResponseSet> SimulateResponses(Instrument instrument, SimulationOptions? options = null)
        => Generate(Prepare(instrument, options)).Select(x => x.Set);

    /// <summary>
    /// Writes a simulated sample as CSV while generating it, in constant memory: the same bytes as
    /// <see cref="SimulatedSample.WriteCsv(TextWriter)"/> of <see cref="Simulate"/> with the same arguments.
    /// </summary>
    /// <param name="instrument">The instrument answered.</param>
    /// <param name="options">The options.</param>
    /// <param name="writer">Where to write; flushed, left open.</param>
    /// <returns>The number of response sets written.</returns>
    /// <exception cref="ArgumentException">The graded-response model is asked for on a scale that is not integer-only.</exception>
    public static long WriteCsv(Instrument instrument, SimulationOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var run = Prepare(instrument, options);
        var line = new System.Text.StringBuilder();
        SimulationCsv.WriteHeader(writer, line, instrument, run.Options.Comments);
        long count = 0;
        foreach (var (_, set) in Generate(run))
        {
            SimulationCsv.WriteRow(writer, line, set, run.Instrument, run.Options.Comments);
            count++;
        }

        writer.Flush();
        return count;
    }

    private static SimulationRun Prepare(Instrument instrument, SimulationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        options ??= SimulationOptions.Default;
        var scale = instrument.Scale;
        if (options.Model == ResponseModel.GradedResponse && !scale.IntegerOnly)
        {
            throw new ArgumentException($"The graded-response model needs an integer scale; instrument '{instrument.Id}' answers on a continuous scale [{scale.Min}, {scale.Max}]. Use ResponseModel.TauEquivalent.", nameof(options));
        }

        var dimensions = instrument.Dimensions;
        var bases = instrument.PowerBases.ToArray();
        var constructs = instrument.Constructs;
        var traits = new List<ItemTarget>((3 * dimensions.Count) + bases.Length + constructs.Count);
        foreach (var d in dimensions)
        {
            traits.Add(ItemTarget.ForPole(d.Id, PoleKind.Management));
            traits.Add(ItemTarget.ForPole(d.Id, PoleKind.Leadership));
            traits.Add(ItemTarget.ForDimension(d.Id));
        }

        foreach (var b in bases)
        {
            traits.Add(ItemTarget.ForPowerBase(b));
        }

        foreach (var c in constructs)
        {
            traits.Add(ItemTarget.ForConstruct(c.Id));
        }

        var traitIndex = new Dictionary<ItemTarget, int>();
        for (var i = 0; i < traits.Count; i++)
        {
            traitIndex.Add(traits[i], i);
        }

        var groups = new List<RaterGroup>();
        foreach (var role in RaterRoles.All)
        {
            var group = options.Raters.FirstOrDefault(g => g.Role == role);
            if (group is { Count: > 0 })
            {
                groups.Add(group);
            }
        }

        return new SimulationRun(instrument, options, traits, PlanItems(instrument, options, traitIndex), Thresholds(scale, options.Spread), groups, bases.Length, constructs.Count, PlanChanges(instrument, options, traitIndex), options.Population.DimensionCholesky(dimensions.Count));
    }

    /// <summary>Generates the sample target by target; each target's sets come with the (shared) target.</summary>
    private static IEnumerable<(SimulatedTarget Target, ResponseSet Set)> Generate(SimulationRun run)
    {
        var (instrument, options, scale) = (run.Instrument, run.Options, run.Instrument.Scale);
        var dimensionCount = instrument.Dimensions.Count;
        var digits = options.TargetCount.ToString(CultureInfo.InvariantCulture).Length;
        var perceived = new double[run.Traits.Count];
        var answers = new KeyValuePair<string, double?>[instrument.Items.Count];
        for (var t = 0; t < options.TargetCount; t++)
        {
            var rng = SimulationRandom.ForStream(options.Seed, 2UL * (ulong)t);
            var waveSeed = options.Seed ^ (0xD1B54A32D192ED03UL * (ulong)(options.Wave - 1));
            var missing = options.MissingRate > 0 ? SimulationRandom.ForStream(waveSeed, (2UL * (ulong)t) + 1) : null;
            var comments = options.Comments && instrument.OpenQuestions.Count > 0 ? SimulationRandom.ForStream(waveSeed, SimulatedComments.FirstStream + (ulong)t) : null;
            var id = "T" + (t + 1).ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var truth = DrawTruth(rng, options.Population, run.DimensionCholesky, dimensionCount, run.BaseCount, run.ConstructCount);
            if (options.Wave > 1)
            {
                if (t < (options.ChangedTargetCount ?? int.MaxValue))
                {
                    Plant(truth, run.Changes, options.Wave - 1, dimensionCount);
                }

                rng = SimulationRandom.ForStream(waveSeed, 2UL * (ulong)t);
            }

            var target = new SimulatedTarget { Id = id, TrueScores = EquatableArray.Create<double>(truth) };

            foreach (var group in run.Groups)
            {
                for (var r = 1; r <= group.Count; r++)
                {
                    Perceive(rng, group, truth, perceived, dimensionCount);
                    for (var i = 0; i < run.Plans.Length; i++)
                    {
                        var plan = run.Plans[i];
                        double? value = Answer(rng, options, scale, run.Thresholds, plan, perceived[plan.Trait]);
                        if (missing is not null && missing.NextDouble() < options.MissingRate)
                        {
                            value = null;
                        }

                        answers[i] = KeyValuePair.Create(plan.ItemId, value);
                    }

                    var respondent = group.Role == RaterRole.Self ? id : FormattableString.Invariant($"{id}-{RaterRoles.ToId(group.Role)}-{r}");
                    var set = ResponseSet.Create(instrument.Id, instrument.Version, respondent, answers, group.Role, id);
                    yield return (target, comments is null ? set : set with { Comments = SimulatedComments.Draw(comments, instrument) });
                }
            }
        }
    }

    private static void Plant(double[] truth, (int[] Traits, double Delta)[] changes, int times, int dimensionCount)
    {
        foreach (var (traits, delta) in changes)
        {
            foreach (var i in traits)
            {
                truth[i] += delta * times;
            }
        }

        for (var d = 0; d < dimensionCount; d++)
        {
            truth[(3 * d) + 2] = (truth[(3 * d) + 1] - truth[3 * d]) * InvSqrt2;
        }
    }

    private static (int[] Traits, double Delta)[] PlanChanges(Instrument instrument, SimulationOptions options, Dictionary<ItemTarget, int> traitIndex)
    {
        var result = new List<(int[], double)>();
        foreach (var change in options.TrueChanges)
        {
            var id = change.IndexId;
            int[]? traits = id switch
            {
                IndexIds.Management => instrument.Dimensions.Select(d => traitIndex[ItemTarget.ForPole(d.Id, PoleKind.Management)]).ToArray(),
                IndexIds.Leadership => instrument.Dimensions.Select(d => traitIndex[ItemTarget.ForPole(d.Id, PoleKind.Leadership)]).ToArray(),
                _ => null,
            };
            if (traits is null)
            {
                foreach (var (target, index) in traitIndex)
                {
                    if (target.Kind != ItemTargetKind.Dimension && IndexIds.ForTarget(target) == id)
                    {
                        traits = [index];
                    }
                }
            }

            result.Add((traits ?? throw new ArgumentException($"A true change names index '{id}', which instrument '{instrument.Id}' has no latent score for; use {{dimension}}/management, {{dimension}}/leadership, management, leadership, base/{{base}} or construct/{{id}}.", nameof(options)), change.Delta));
        }

        return [.. result];
    }

    private static double[] DrawTruth(SimulationRandom rng, LatentPopulation population, double[]? cholesky, int dimensionCount, int baseCount, int constructCount)
    {
        var truth = new double[(3 * dimensionCount) + baseCount + constructCount];
        var rho = population.PoleCorrelation;
        var rest = Math.Sqrt(1 - (rho * rho));
        var m = population.Management;
        var l = population.Leadership;
        if (cholesky is not null)
        {
            DrawCorrelatedDimensions(rng, population, cholesky, dimensionCount, truth);
        }

        for (var d = 0; d < dimensionCount && cholesky is null; d++)
        {
            var z1 = rng.NextNormal();
            var z2 = rng.NextNormal();
            var management = m.Mean + (m.StandardDeviation * z1);
            var leadership = l.Mean + (l.StandardDeviation * ((rho * z1) + (rest * z2)));
            truth[3 * d] = management;
            truth[(3 * d) + 1] = leadership;
            truth[(3 * d) + 2] = (leadership - management) * InvSqrt2;
        }

        var at = 3 * dimensionCount;
        for (var b = 0; b < baseCount; b++)
        {
            truth[at++] = population.PowerBase.Mean + (population.PowerBase.StandardDeviation * rng.NextNormal());
        }

        for (var c = 0; c < constructCount; c++)
        {
            truth[at++] = population.Construct.Mean + (population.Construct.StandardDeviation * rng.NextNormal());
        }

        return truth;
    }

    /// <summary>Dimensions correlated through Φ = CCᵀ: u = C·z₁ and v = C·z₂, then M = μ + σu, L = μ + σ(ρu + √(1 − ρ²)v).</summary>
    private static void DrawCorrelatedDimensions(SimulationRandom rng, LatentPopulation population, double[] cholesky, int dimensionCount, double[] truth)
    {
        var z1 = new double[dimensionCount];
        var z2 = new double[dimensionCount];
        for (var d = 0; d < dimensionCount; d++)
        {
            z1[d] = rng.NextNormal();
        }

        for (var d = 0; d < dimensionCount; d++)
        {
            z2[d] = rng.NextNormal();
        }

        var rho = population.PoleCorrelation;
        var rest = Math.Sqrt(1 - (rho * rho));
        for (var d = 0; d < dimensionCount; d++)
        {
            double u = 0, v = 0;
            for (var e = 0; e <= d; e++)
            {
                u += cholesky[(d * dimensionCount) + e] * z1[e];
                v += cholesky[(d * dimensionCount) + e] * z2[e];
            }

            var management = population.Management.Mean + (population.Management.StandardDeviation * u);
            var leadership = population.Leadership.Mean + (population.Leadership.StandardDeviation * ((rho * u) + (rest * v)));
            truth[3 * d] = management;
            truth[(3 * d) + 1] = leadership;
            truth[(3 * d) + 2] = (leadership - management) * InvSqrt2;
        }
    }

    /// <summary>One rater's view: a leniency drawn once, plus noise per pole, base and construct; orientation derived.</summary>
    private static void Perceive(SimulationRandom rng, RaterGroup group, double[] truth, double[] perceived, int dimensionCount)
    {
        var leniency = group.Bias + (group.LeniencyStandardDeviation * rng.NextNormal());
        var noise = group.NoiseStandardDeviation;
        for (var d = 0; d < dimensionCount; d++)
        {
            var management = truth[3 * d] + leniency + (noise * rng.NextNormal());
            var leadership = truth[(3 * d) + 1] + leniency + (noise * rng.NextNormal());
            perceived[3 * d] = management;
            perceived[(3 * d) + 1] = leadership;
            perceived[(3 * d) + 2] = (leadership - management) * InvSqrt2;
        }

        for (var i = 3 * dimensionCount; i < truth.Length; i++)
        {
            perceived[i] = truth[i] + leniency + (noise * rng.NextNormal());
        }
    }

    private static double Answer(SimulationRandom rng, SimulationOptions options, ResponseScale scale, double[] thresholds, ItemPlan plan, double theta)
    {
        double keyed;
        if (options.Model == ResponseModel.TauEquivalent)
        {
            var y = theta + (plan.ErrorStandardDeviation * rng.NextNormal());
            var half = (scale.Max - scale.Min) / 2;
            var mid = (scale.Min + scale.Max) / 2;
            keyed = scale.Clamp(mid + (half * y / options.Spread));
        }
        else
        {
            var a = plan.Discrimination;
            var response = (a * theta) + rng.NextLogistic();
            var category = 0;
            while (category < thresholds.Length && response > a * thresholds[category])
            {
                category++;
            }

            keyed = scale.Min + category;
        }

        return plan.Reversed ? scale.Reverse(keyed) : keyed;
    }

    /// <summary>The latent values of the boundaries between adjacent points of an integer scale:
    /// <c>b_j = Spread·(min + j − ½ − c)/h</c>, <c>j = 1 … m − 1</c>.</summary>
    internal static double[] Thresholds(ResponseScale scale, double spread)
    {
        if (!scale.IntegerOnly)
        {
            return [];
        }

        var half = (scale.Max - scale.Min) / 2;
        var mid = (scale.Min + scale.Max) / 2;
        var result = new double[(int)(scale.Max - scale.Min)];
        for (var j = 1; j <= result.Length; j++)
        {
            result[j - 1] = spread * (scale.Min + j - 0.5 - mid) / half;
        }

        return result;
    }

    private static ItemPlan[] PlanItems(Instrument instrument, SimulationOptions options, Dictionary<ItemTarget, int> traitIndex)
    {
        var plans = new ItemPlan[instrument.Items.Count];
        var rho = options.Reliability;
        var population = options.Population;
        foreach (var s in instrument.Scales)
        {
            var k = s.ItemIndexes.Count;
            var sigma = s.Target.Kind switch
            {
                ItemTargetKind.Pole => s.Target.Pole == PoleKind.Management ? population.Management.StandardDeviation : population.Leadership.StandardDeviation,
                ItemTargetKind.Dimension => population.OrientationStandardDeviation,
                ItemTargetKind.PowerBase => population.PowerBase.StandardDeviation,
                _ => population.Construct.StandardDeviation,
            };
            var itemReliability = rho / (k - ((k - 1) * rho));
            var error = sigma * Math.Sqrt(k * (1 - rho) / rho);
            var discrimination = options.Discrimination ?? (Math.PI / Math.Sqrt(3) * Math.Sqrt(itemReliability / (1 - itemReliability)) / sigma);
            foreach (var i in s.ItemIndexes)
            {
                var item = instrument.Items[i];
                plans[i] = new ItemPlan(item.Id, traitIndex[s.Target], item.IsReversed, error, discrimination);
            }
        }

        return plans;
    }

    internal readonly record struct ItemPlan(string ItemId, int Trait, bool Reversed, double ErrorStandardDeviation, double Discrimination);
}
