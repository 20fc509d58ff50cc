using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>
/// The model of where authority comes from: the three sources, the six power bases, which source each base
/// belongs to, who confers each source, and the outcome each base is expected to earn.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> follows the seed and the literature: positional authority (legitimate, reward and
/// coercive power) is conferred by the organisation and is not the person's own; expertise (expert and
/// informational power) and character (referent power) are conferred by followers, who can withdraw them.
/// Default outcome weights follow Yukl's summary of the likely outcomes of each base: follower-conferred bases
/// earn commitment, legitimate and reward power earn compliance, coercion risks resistance. A host may build its
/// own model with <see cref="Create"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AuthorityModel : IEquatable<AuthorityModel>
{
    private readonly PowerBaseDefinition[] _byBase;
    private readonly AuthoritySourceDefinition[] _bySource;
    private readonly EquatableArray<PowerBase>[] _basesBySource;
    private readonly bool[] _followerConferred;

    private AuthorityModel(EquatableArray<AuthoritySourceDefinition> sources, EquatableArray<PowerBaseDefinition> bases, PowerBaseDefinition[] byBase, AuthoritySourceDefinition[] bySource)
    {
        Sources = sources;
        Bases = bases;
        _byBase = byBase;
        _bySource = bySource;
        _basesBySource = bySource.Select(s => byBase.Where(b => b.Source == s.Source).Select(b => b.Base).ToEquatableArray()).ToArray();
        _followerConferred = bySource.Select(s => s.ConferredBy == Conferrer.Followers).ToArray();
    }

    /// <summary>Gets the default model.</summary>
    public static AuthorityModel Default { get; } = Create(
        [
            new AuthoritySourceDefinition(AuthoritySource.Positional, "Positional authority",
                "Authority granted by the organisation with the role: the right to speak and decide on its behalf.",
                Conferrer.Organization, followersCanWithdraw: false, isOwnPower: false),
            new AuthoritySourceDefinition(AuthoritySource.Expertise, "Expertise",
                "Authority that followers bestow because the person knows and can do what they need.",
                Conferrer.Followers, followersCanWithdraw: true, isOwnPower: true),
            new AuthoritySourceDefinition(AuthoritySource.Character, "Character",
                "Authority that followers bestow because of who the person is: their integrity, care and example.",
                Conferrer.Followers, followersCanWithdraw: true, isOwnPower: true),
        ],
        [
            new PowerBaseDefinition(PowerBase.Legitimate, AuthoritySource.Positional, "Legitimate power",
                "Others accept that the role gives the right to make requests of them.",
                TransactionalLever.None, OutcomeWeights.Create(0.15, 0.70, 0.15)),
            new PowerBaseDefinition(PowerBase.Reward, AuthoritySource.Positional, "Reward power",
                "The person controls pay, promotion, praise or other things others want: the carrot.",
                TransactionalLever.Carrot, OutcomeWeights.Create(0.15, 0.70, 0.15)),
            new PowerBaseDefinition(PowerBase.Coercive, AuthoritySource.Positional, "Coercive power",
                "The person can sanction, reprimand or withhold: the stick.",
                TransactionalLever.Stick, OutcomeWeights.Create(0.05, 0.35, 0.60)),
            new PowerBaseDefinition(PowerBase.Expert, AuthoritySource.Expertise, "Expert power",
                "Others rely on the person's specialist knowledge and skill.",
                TransactionalLever.None, OutcomeWeights.Create(0.65, 0.30, 0.05)),
            new PowerBaseDefinition(PowerBase.Informational, AuthoritySource.Expertise, "Informational power",
                "The person persuades with information and reasoning that stand on their merits.",
                TransactionalLever.None, OutcomeWeights.Create(0.65, 0.30, 0.05)),
            new PowerBaseDefinition(PowerBase.Referent, AuthoritySource.Character, "Referent power",
                "Others admire, trust and identify with the person and want to follow them.",
                TransactionalLever.None, OutcomeWeights.Create(0.75, 0.20, 0.05)),
        ]);

    /// <summary>Gets the source definitions, one per <see cref="AuthoritySource"/>, in declaration order.</summary>
    public EquatableArray<AuthoritySourceDefinition> Sources { get; }

    /// <summary>Gets the power base definitions, one per <see cref="PowerBase"/>, in declaration order.</summary>
    public EquatableArray<PowerBaseDefinition> Bases { get; }

    /// <summary>Creates a model.</summary>
    /// <param name="sources">One definition for every <see cref="AuthoritySource"/>.</param>
    /// <param name="bases">One definition for every <see cref="PowerBase"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">
    /// A source or base is missing or defined twice, or a source has no base. Every problem is listed.
    /// </exception>
    public static AuthorityModel Create(IEnumerable<AuthoritySourceDefinition> sources, IEnumerable<PowerBaseDefinition> bases)
    {
        Preconditions.NotNull(sources);
        Preconditions.NotNull(bases);
        var errors = new List<string>();
        var bySource = new AuthoritySourceDefinition?[Enum.GetValues<AuthoritySource>().Length];
        foreach (var s in sources)
        {
            Preconditions.NotNull(s, nameof(sources));
            if (bySource[(int)s.Source] is not null)
            {
                errors.Add($"source {s.Source} is defined more than once");
            }

            bySource[(int)s.Source] = s;
        }

        var byBase = new PowerBaseDefinition?[Enum.GetValues<PowerBase>().Length];
        foreach (var b in bases)
        {
            Preconditions.NotNull(b, nameof(bases));
            if (byBase[(int)b.Base] is not null)
            {
                errors.Add($"power base {b.Base} is defined more than once");
            }

            byBase[(int)b.Base] = b;
        }

        foreach (var source in Enum.GetValues<AuthoritySource>())
        {
            if (bySource[(int)source] is null)
            {
                errors.Add($"source {source} is not defined");
            }
            else if (!byBase.Any(b => b?.Source == source))
            {
                errors.Add($"source {source} has no power base");
            }
        }

        foreach (var @base in Enum.GetValues<PowerBase>())
        {
            if (byBase[(int)@base] is null)
            {
                errors.Add($"power base {@base} is not defined");
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid authority model: " + string.Join("; ", errors) + ".");
        }

        return new AuthorityModel(bySource.ToEquatableArray()!, byBase.ToEquatableArray()!, byBase!, bySource!);
    }

    /// <summary>Gets the definition of a power base.</summary>
    /// <param name="base">The base.</param>
    /// <returns>Its definition.</returns>
    public PowerBaseDefinition GetBase(PowerBase @base) => _byBase[(int)Preconditions.Defined(@base)];

    /// <summary>Gets the definition of a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>Its definition.</returns>
    public AuthoritySourceDefinition GetSource(AuthoritySource source) => _bySource[(int)Preconditions.Defined(source)];

    /// <summary>Gets the source a power base belongs to.</summary>
    /// <param name="base">The base.</param>
    /// <returns>Its source.</returns>
    public AuthoritySource SourceOf(PowerBase @base) => GetBase(@base).Source;

    /// <summary>Gets the power bases that belong to a source, in declaration order.</summary>
    /// <param name="source">The source.</param>
    /// <returns>Its bases; at least one.</returns>
    public EquatableArray<PowerBase> BasesOf(AuthoritySource source) => _basesBySource[(int)Preconditions.Defined(source)];

    /// <summary>Gets a value indicating whether followers confer a source (and so can withdraw it).</summary>
    /// <param name="source">The source.</param>
    /// <returns><see langword="true"/> for follower-conferred sources.</returns>
    public bool IsFollowerConferred(AuthoritySource source) => _followerConferred[(int)Preconditions.Defined(source)];

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] AuthorityModel? other) => other is not null && Sources.Equals(other.Sources) && Bases.Equals(other.Bases);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuthorityModel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sources, Bases);
}
