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
    private const int BaseCount = (int)PowerBase.Referent + 1;
    private const int SourceCount = (int)AuthoritySource.Character + 1;

    private AuthorityProfile(EquatableArray<PowerBaseScore> bases, EquatableArray<AuthoritySourceScore> sources, double? followerShare, AuthoritySource? primary, OutcomeShares? outcome)
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

    /// <summary>
    /// Gets the expected influence outcome as an amount and a kind: the strength (the mean of the measured bases,
    /// <see cref="MeanInfluenceStrengthModel"/>), <c>none = 1 − strength</c>, and commitment, compliance and
    /// resistance as the strength times the outcome model's mix. With every measured base at 0 it is
    /// <see cref="OutcomeShares.NoInfluence"/>. It is <see langword="null"/> when no base is measured, or when the
    /// outcome model cannot estimate a mix for a positive strength.
    /// </summary>
    public OutcomeShares? ExpectedOutcome { get; }

    /// <summary>Records one measured base strength in a span indexed by <see cref="PowerBase"/>, checking it as the public factory does.</summary>
    internal static void Add(Span<double> strengths, PowerBase b, double s, string paramName)
    {
        Preconditions.Defined(b, paramName);
        Preconditions.UnitInterval(s, paramName);
        if (!double.IsNaN(strengths[(int)b]))
        {
            throw new ArgumentException($"Power base {b} appears more than once.", paramName);
        }

        strengths[(int)b] = s;
    }

    /// <summary>The number of power bases, the length of a span of strengths.</summary>
    internal static int PowerBaseCount => BaseCount;

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
        Span<double> strengths = stackalloc double[BaseCount];
        strengths.Fill(double.NaN);
        foreach (var (b, s) in baseStrengths)
        {
            Add(strengths, b, s, nameof(baseStrengths));
        }

        return FromStrengths(strengths, model, outcomeModel);
    }

    /// <summary>Creates a profile from strengths indexed by <see cref="PowerBase"/> (NaN = not measured), sparing the scorer an enumerable.</summary>
    internal static AuthorityProfile FromStrengths(ReadOnlySpan<double> strengths, AuthorityModel? model = null, IInfluenceOutcomeModel? outcomeModel = null)
    {
        model ??= AuthorityModel.Default;
        var measurement = Measure(strengths, model);
        return measurement.Complete(ExpectedShares(measurement.Bases, model, outcomeModel ?? StrengthWeightedOutcomeModel.Instance));
    }

    /// <summary>
    /// Measures bases, sources and the follower-conferred share from strengths indexed by <see cref="PowerBase"/>
    /// (NaN = not measured); the outcome model runs apart, so that the scoring pipeline can isolate it.
    /// </summary>
    internal static AuthorityMeasurement Measure(ReadOnlySpan<double> strengths, AuthorityModel model)
    {
        var measured = 0;
        foreach (var s in strengths)
        {
            measured += double.IsNaN(s) ? 0 : 1;
        }

        var bases = new PowerBaseScore[measured];
        for (int i = 0, k = 0; i < BaseCount; i++)
        {
            if (!double.IsNaN(strengths[i]))
            {
                bases[k++] = new PowerBaseScore((PowerBase)i, strengths[i]);
            }
        }

        Span<double> sourceStrengths = stackalloc double[SourceCount];
        var sourceCount = 0;
        for (var source = 0; source < SourceCount; source++)
        {
            double sum = 0;
            var n = 0;
            foreach (var b in model.BasesOf((AuthoritySource)source))
            {
                if (!double.IsNaN(strengths[(int)b]))
                {
                    sum += strengths[(int)b];
                    n++;
                }
            }

            sourceStrengths[source] = n > 0 ? Math.Clamp(sum / n, 0, 1) : double.NaN;
            sourceCount += n > 0 ? 1 : 0;
        }

        var sources = new AuthoritySourceScore[sourceCount];
        double total = 0, followers = 0;
        AuthoritySource? primary = null;
        var best = 0.0;
        for (int source = 0, k = 0; source < SourceCount; source++)
        {
            var strength = sourceStrengths[source];
            if (double.IsNaN(strength))
            {
                continue;
            }

            sources[k++] = new AuthoritySourceScore((AuthoritySource)source, strength);
            total += strength;
            followers += model.IsFollowerConferred((AuthoritySource)source) ? strength : 0;
            if (strength > best)
            {
                best = strength;
                primary = (AuthoritySource)source;
            }
        }

        double? share = sourceCount == SourceCount && total > 0 ? Math.Clamp(followers / total, 0, 1) : null;
        return new AuthorityMeasurement(EquatableArray<PowerBaseScore>.TakeOwnership(bases), EquatableArray<AuthoritySourceScore>.TakeOwnership(sources), share, primary);
    }

    /// <summary>The expected outcome shares of measured bases: null when none is measured, or when a positive strength has no mix.</summary>
    internal static OutcomeShares? ExpectedShares(EquatableArray<PowerBaseScore> bases, AuthorityModel model, IInfluenceOutcomeModel outcomeModel)
    {
        if (bases.Count == 0)
        {
            return null;
        }

        var strength = MeanInfluenceStrengthModel.Instance.Strength(bases);
        if (strength == 0)
        {
            return OutcomeShares.NoInfluence;
        }

        return outcomeModel.Estimate(bases, model) is { } mix ? OutcomeShares.Create(strength, mix) : null;
    }

    /// <summary>
    /// Rebuilds a profile exactly as it was written, with the values its models computed then (the JSON reader
    /// uses this, so that a profile scored with a host's own authority or outcome model reads back equal).
    /// </summary>
    internal static AuthorityProfile Restore(EquatableArray<PowerBaseScore> bases, EquatableArray<AuthoritySourceScore> sources, double? followerShare, AuthoritySource? primary, OutcomeShares? outcome)
        => new(bases, sources, followerShare, primary, outcome);

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
