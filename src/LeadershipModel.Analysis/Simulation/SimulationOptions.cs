using LeadershipModel.Internal;
namespace LeadershipModel.Analysis.Simulation;

/// <summary>What <see cref="ResponseSimulator"/> simulates: how many targets, from which population, rated by whom,
/// answering by which model.</summary>
/// <remarks>
/// <para><b>Latent metric.</b> Latent scores are drawn from <see cref="Population"/>. On the latent metric, 0 is the
/// midpoint <c>c = (min + max)/2</c> of the instrument's response scale and <see cref="Spread"/> units span half its
/// range <c>h = (max − min)/2</c>: a latent value <c>y</c> corresponds to the answer <c>c + h·y/Spread</c>.</para>
/// <para><b>Reliability.</b> Every scale (the items sharing a target; <c>k</c> items) is built so that its latent responses have reliability
/// <see cref="Reliability"/> = ρ for the population's latent standard deviation <c>σ</c> of its score (for
/// orientation, <see cref="LatentPopulation.OrientationStandardDeviation"/>). One item's reliability is then
/// Spearman–Brown's <c>ρ₁ = ρ / (k − (k − 1)ρ)</c>. Rater leniency and noise come on top.</para>
/// <para><b><see cref="ResponseModel.TauEquivalent"/>.</b> The keyed answer to an item is
/// <c>clamp(c + h·(θ + e)/Spread)</c>, <c>e ~ N(0, σ_e²)</c>, <c>σ_e = σ·√(k(1 − ρ)/ρ)</c>, where θ is the rater's
/// perceived score; on an integer scale it is rounded to the nearest whole number (halves away from zero). With
/// equal loadings and equal error variances the items are parallel, and coefficient alpha of the k items equals ρ in
/// the population (as long as clamping is rare: choose a large <see cref="Spread"/> on a continuous scale).</para>
/// <para><b><see cref="ResponseModel.GradedResponse"/>.</b> On an integer scale with <c>m = max − min + 1</c> points,
/// <c>P(answer ≥ min + j) = 1/(1 + exp(−a(θ − b_j)))</c> for <c>j = 1 … m − 1</c>, with thresholds
/// <c>b_j = Spread·(min + j − ½ − c)/h</c> (the latent values of the boundaries between points, as in the
/// tau-equivalent model) and discrimination <c>a = <see cref="Discrimination"/></c>, or when that is null
/// <c>a = (π/√3)·√(ρ₁/(1 − ρ₁))/σ</c> (so that the logistic latent response <c>aθ + ε</c> has reliability ρ₁). It is
/// drawn as the latent response: answer = min + #{j : aθ + ε &gt; a·b_j}, ε standard logistic.</para>
/// <para><b>Keying and missing data.</b> A reverse-keyed item's answer is the keyed answer reversed,
/// <c>max + min − x</c>. Each answer is then missing, independently, with probability <see cref="MissingRate"/>.</para>
/// <para><b>Randomness.</b> Everything follows from <see cref="Seed"/> through <see cref="SimulationRandom"/>: target
/// <c>t</c> (0-based) uses stream <c>2t</c> for its latent scores, raters and answers, and stream <c>2t + 1</c> for
/// missingness, so that adding targets or changing the missing rate leaves the other draws unchanged.</para>
/// <para><b>Observed reliability.</b> ρ is the reliability of the latent responses. Answers forced into a few
/// categories lose information, so the observed coefficient alpha of a scale is lower than ρ. With the default
/// graded-response model, five categories, spread 2 and the canonical instrument 2.0.0's four-item poles, the mean raw
/// alpha of the 38 pole scales over 20,000 self-ratings (seed 1) is: ρ = 0.6 → 0.592; ρ = 0.7 → 0.688; ρ = 0.8 → 0.784;
/// ρ = 0.9 → 0.881 (with 1.0.0's two-item poles: 0.583, 0.676, 0.770 and 0.864). A test recomputes these figures.</para>
/// <para><b>Waves.</b> <see cref="Wave"/> 1 is the first administration. A later wave keeps every target's true
/// scores, adds each <see cref="TrueChanges"/> delta (times <c>wave − 1</c>) for the first
/// <see cref="ChangedTargetCount"/> targets (all by default), and draws raters' views, answers and missingness from
/// fresh streams (the seed mixed with the wave), so the waves' errors are independent. Wave 1 is the same sample,
/// byte for byte, whatever the changes.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record SimulationOptions
{
    private readonly int _targetCount = 100;
    private readonly LatentPopulation _population = LatentPopulation.Default;
    private readonly ResponseModel _model;
    private readonly double _reliability = 0.8;
    private readonly double? _discrimination;
    private readonly double _spread = 2;
    private readonly double _missingRate;
    private readonly EquatableArray<RaterGroup> _raters = [new RaterGroup(RaterRole.Self)];
    private readonly int _wave = 1;
    private readonly EquatableArray<TrueChange> _trueChanges = [];
    private readonly int? _changedTargetCount;

    /// <summary>Gets the default options: 100 self-rating targets, graded-response answers, reliability 0.8, seed 1.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>Gets the seed; the same seed, options and instrument give the same sample, bit for bit. 1 by default.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the number of targets (people with true latent scores). 100 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int TargetCount
    {
        get => _targetCount;
        init => _targetCount = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(TargetCount), value, "At least one target is needed.");
    }

    /// <summary>Gets the population the true latent scores are drawn from.</summary>
    public LatentPopulation Population { get => _population; init => _population = Preconditions.NotNull(value, nameof(Population)); }

    /// <summary>Gets the response model. <see cref="ResponseModel.GradedResponse"/> by default.</summary>
    public ResponseModel Model { get => _model; init => _model = Preconditions.Defined(value, nameof(Model)); }

    /// <summary>Gets the reliability ρ every scale is built to have, in (0, 1). 0.8 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public double Reliability
    {
        get => _reliability;
        init => _reliability = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Reliability), value, "The reliability must lie strictly between 0 and 1.");
    }

    /// <summary>Gets the graded-response discrimination <c>a</c> of every item, or <see langword="null"/> (the default)
    /// to derive it from <see cref="Reliability"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double? Discrimination
    {
        get => _discrimination;
        init => _discrimination = value is not { } v || (v > 0 && double.IsFinite(v)) ? value : throw new ArgumentOutOfRangeException(nameof(Discrimination), value, "The discrimination must be positive and finite.");
    }

    /// <summary>Gets how many latent units span half the response scale. 2 by default, which on a five-point scale
    /// puts the thresholds at −1.5, −0.5, 0.5 and 1.5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double Spread
    {
        get => _spread;
        init => _spread = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Spread), value, "The spread must be positive and finite.");
    }

    /// <summary>Gets the probability that an answer is missing, independently of everything else, in [0, 1). 0 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1).</exception>
    public double MissingRate
    {
        get => _missingRate;
        init => _missingRate = value >= 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(MissingRate), value, "The missing rate must lie in [0, 1).");
    }

    /// <summary>Gets a value indicating whether raters answer the instrument's open questions with short neutral comments
    /// drawn by the seeded generator from a small bank (see <see cref="ResponseSet.Comments"/>). <see langword="false"/> by
    /// default; the answers to the items are the same either way.</summary>
    public bool Comments { get; init; }

    /// <summary>Gets who rates each target. One unbiased self-rating by default.</summary>
    /// <exception cref="ArgumentException">The groups have no raters at all, repeat a role, or has more than one self-rater.</exception>
    public EquatableArray<RaterGroup> Raters { get => _raters; init => _raters = CheckRaters(value, nameof(Raters)); }

    /// <summary>Gets the wave (administration), from 1. 1 by default; see the remarks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Wave
    {
        get => _wave;
        init => _wave = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Wave), value, "Waves are numbered from 1.");
    }

    /// <summary>Gets the changes of true scores planted in each wave after the first. None by default.</summary>
    /// <exception cref="ArgumentException">A change is null or an index is listed twice.</exception>
    public EquatableArray<TrueChange> TrueChanges
    {
        get => _trueChanges;
        init
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in value)
            {
                if (c is null || !seen.Add(c.IndexId))
                {
                    throw new ArgumentException(c is null ? "A true change is null." : $"Index '{c.IndexId}' has two true changes.", nameof(TrueChanges));
                }
            }

            _trueChanges = value;
        }
    }

    /// <summary>Gets how many targets (the first ones) get <see cref="TrueChanges"/>, or <see langword="null"/> (the default) for all.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? ChangedTargetCount
    {
        get => _changedTargetCount;
        init => _changedTargetCount = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(ChangedTargetCount), value, "The count cannot be negative.");
    }

    private static EquatableArray<RaterGroup> CheckRaters(EquatableArray<RaterGroup> value, string name)
    {
        var roles = new HashSet<RaterRole>();
        var total = 0;
        foreach (var group in value)
        {
            if (group is null)
            {
                throw new ArgumentException("A rater group is null.", name);
            }

            if (!roles.Add(group.Role))
            {
                throw new ArgumentException($"Role '{RaterRoles.ToId(group.Role)}' is listed twice.", name);
            }

            if (group.Role == RaterRole.Self && group.Count > 1)
            {
                throw new ArgumentException($"A target can rate themselves once; the self group has {group.Count} raters.", name);
            }

            total += group.Count;
        }

        return total > 0 ? value : throw new ArgumentException("At least one rater per target is needed.", name);
    }
}
