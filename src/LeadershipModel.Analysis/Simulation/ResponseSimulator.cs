using System.Globalization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis;

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
        ArgumentNullException.ThrowIfNull(instrument);
        options ??= SimulationOptions.Default;
        var scale = instrument.Scale;
        if (options.Model == ResponseModel.GradedResponse && !scale.IntegerOnly)
        {
            throw new ArgumentException($"The graded-response model needs an integer scale; instrument '{instrument.Id}' answers on a continuous scale [{scale.Min}, {scale.Max}]. Use ResponseModel.TauEquivalent.", nameof(options));
        }

        var population = options.Population;
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

        var plans = PlanItems(instrument, options, traitIndex);
        var thresholds = Thresholds(scale, options.Spread);
        var digits = options.TargetCount.ToString(CultureInfo.InvariantCulture).Length;
        var groups = new List<RaterGroup>();
        foreach (var role in RaterRoles.All)
        {
            var group = options.Raters.FirstOrDefault(g => g.Role == role);
            if (group is { Count: > 0 })
            {
                groups.Add(group);
            }
        }

        var targets = new SimulatedTarget[options.TargetCount];
        var sets = new List<ResponseSet>(options.TargetCount * groups.Sum(g => g.Count));
        var perceived = new double[traits.Count];
        var answers = new KeyValuePair<string, double?>[instrument.Items.Count];
        for (var t = 0; t < targets.Length; t++)
        {
            var rng = SimulationRandom.ForStream(options.Seed, 2UL * (ulong)t);
            var missing = options.MissingRate > 0 ? SimulationRandom.ForStream(options.Seed, (2UL * (ulong)t) + 1) : null;
            var id = "T" + (t + 1).ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var truth = DrawTruth(rng, population, dimensions.Count, bases.Length, constructs.Count);
            targets[t] = new SimulatedTarget { Id = id, TrueScores = EquatableArray.Create<double>(truth) };

            foreach (var group in groups)
            {
                for (var r = 1; r <= group.Count; r++)
                {
                    Perceive(rng, group, truth, perceived, dimensions.Count);
                    for (var i = 0; i < plans.Length; i++)
                    {
                        var plan = plans[i];
                        double? value = Answer(rng, options, scale, thresholds, plan, perceived[plan.Trait]);
                        if (missing is not null && missing.NextDouble() < options.MissingRate)
                        {
                            value = null;
                        }

                        answers[i] = KeyValuePair.Create(plan.ItemId, value);
                    }

                    var respondent = group.Role == RaterRole.Self ? id : FormattableString.Invariant($"{id}-{RaterRoles.ToId(group.Role)}-{r}");
                    sets.Add(ResponseSet.Create(instrument.Id, instrument.Version, respondent, answers, group.Role, id));
                }
            }
        }

        return new SimulatedSample(instrument, options, new EquatableArray<ItemTarget>(traits), EquatableArray.Create<SimulatedTarget>(targets), new EquatableArray<ResponseSet>(sets));
    }

    private static double[] DrawTruth(SimulationRandom rng, LatentPopulation population, int dimensionCount, int baseCount, int constructCount)
    {
        var truth = new double[(3 * dimensionCount) + baseCount + constructCount];
        var rho = population.PoleCorrelation;
        var rest = Math.Sqrt(1 - (rho * rho));
        var m = population.Management;
        var l = population.Leadership;
        for (var d = 0; d < dimensionCount; d++)
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

    private readonly record struct ItemPlan(string ItemId, int Trait, bool Reversed, double ErrorStandardDeviation, double Discrimination);
}
