using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>
/// A person's authority: the strength of each measured power base, of each source, the share conferred by
/// followers, the primary source, and the expected influence outcome.
/// </summary>
/// <remarks>
/// <para>Create with <see cref="Create"/>. A source's strength is the mean of its measured bases; a source with no
/// measured base is absent. The follower-conferred share is (expertise + character) / (all three sources), or
/// <see langword="null"/> unless all three are measured and their sum is positive.</para>
/// <para>This type is immutable and thread-safe. All values are fixed when it is created, so a
/// <see langword="with"/> expression cannot make them disagree.</para>
/// </remarks>
public sealed record AuthorityProfile
{
    private AuthorityProfile(EquatableArray<PowerBaseScore> bases, EquatableArray<AuthoritySourceScore> sources, double? followerShare, AuthoritySource? primary, OutcomeWeights? outcome)
    {
        Bases = bases;
        Sources = sources;
        FollowerConferredShare = followerShare;
        PrimarySource = primary;
        ExpectedOutcome = outcome;
    }

    /// <summary>Gets the measured power bases, in declaration order of <see cref="PowerBase"/>.</summary>
    public EquatableArray<PowerBaseScore> Bases { get; }

    /// <summary>Gets the measured sources, in declaration order of <see cref="AuthoritySource"/>.</summary>
    public EquatableArray<AuthoritySourceScore> Sources { get; }

    /// <summary>Gets the share of authority conferred by followers, in [0, 1], or <see langword="null"/>.</summary>
    public double? FollowerConferredShare { get; }

    /// <summary>Gets the strongest measured source (ties go to the earlier in declaration order), or <see langword="null"/> when none is measured or all are zero.</summary>
    public AuthoritySource? PrimarySource { get; }

    /// <summary>Gets the expected influence outcome weights, or <see langword="null"/> when they cannot be estimated.</summary>
    public OutcomeWeights? ExpectedOutcome { get; }

    /// <summary>Creates a profile from measured base strengths.</summary>
    /// <param name="baseStrengths">Strength in [0, 1] of each measured base; each base at most once.</param>
    /// <param name="model">The authority model; <see cref="AuthorityModel.Default"/> when <see langword="null"/>.</param>
    /// <param name="outcomeModel">The outcome model; <see cref="StrengthWeightedOutcomeModel"/> when <see langword="null"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">A base appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A strength lies outside [0, 1].</exception>
    public static AuthorityProfile Create(IEnumerable<KeyValuePair<PowerBase, double>> baseStrengths, AuthorityModel? model = null, IInfluenceOutcomeModel? outcomeModel = null)
    {
        Preconditions.NotNull(baseStrengths);
        model ??= AuthorityModel.Default;
        outcomeModel ??= StrengthWeightedOutcomeModel.Instance;

        var strengths = new double?[Enum.GetValues<PowerBase>().Length];
        foreach (var (b, s) in baseStrengths)
        {
            Preconditions.Defined(b, nameof(baseStrengths));
            Preconditions.UnitInterval(s, nameof(baseStrengths));
            if (strengths[(int)b] is not null)
            {
                throw new ArgumentException($"Power base {b} appears more than once.", nameof(baseStrengths));
            }

            strengths[(int)b] = s;
        }

        var bases = new List<PowerBaseScore>();
        for (var i = 0; i < strengths.Length; i++)
        {
            if (strengths[i] is { } s)
            {
                bases.Add(new PowerBaseScore((PowerBase)i, s));
            }
        }

        var sources = new List<AuthoritySourceScore>();
        foreach (var source in Enum.GetValues<AuthoritySource>())
        {
            double sum = 0;
            var n = 0;
            foreach (var b in model.BasesOf(source))
            {
                if (strengths[(int)b] is { } s)
                {
                    sum += s;
                    n++;
                }
            }

            if (n > 0)
            {
                sources.Add(new AuthoritySourceScore(source, Math.Clamp(sum / n, 0, 1)));
            }
        }

        double? share = null;
        if (sources.Count == Enum.GetValues<AuthoritySource>().Length)
        {
            var total = sources.Sum(s => s.Strength);
            var followers = sources.Where(s => model.IsFollowerConferred(s.Source)).Sum(s => s.Strength);
            share = total > 0 ? Math.Clamp(followers / total, 0, 1) : null;
        }

        AuthoritySource? primary = null;
        var best = 0.0;
        foreach (var s in sources)
        {
            if (s.Strength > best)
            {
                best = s.Strength;
                primary = s.Source;
            }
        }

        var baseArray = bases.ToEquatableArray();
        return new AuthorityProfile(baseArray, sources.ToEquatableArray(), share, primary, outcomeModel.Estimate(baseArray, model));
    }

    /// <summary>Gets the strength of a power base, or <see langword="null"/> when it was not measured.</summary>
    /// <param name="base">The base.</param>
    /// <returns>Its strength.</returns>
    public double? GetStrength(PowerBase @base)
    {
        foreach (var b in Bases)
        {
            if (b.Base == @base)
            {
                return b.Strength;
            }
        }

        return null;
    }

    /// <summary>Gets the strength of a source, or <see langword="null"/> when it was not measured.</summary>
    /// <param name="source">The source.</param>
    /// <returns>Its strength.</returns>
    public double? GetStrength(AuthoritySource source)
    {
        foreach (var s in Sources)
        {
            if (s.Source == source)
            {
                return s.Strength;
            }
        }

        return null;
    }
}
