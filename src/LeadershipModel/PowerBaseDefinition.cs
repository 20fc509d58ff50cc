using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>What the model says about one <see cref="PowerBase"/>: its source, its lever and its expected outcome.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value.</remarks>
public sealed record PowerBaseDefinition
{
    private readonly PowerBase _base;
    private readonly AuthoritySource _source;
    private readonly string _name = string.Empty;
    private readonly string _description = string.Empty;
    private readonly TransactionalLever _lever;
    private readonly OutcomeWeights _defaultOutcome = null!;

    /// <summary>Initializes a new definition.</summary>
    /// <param name="base">The power base.</param>
    /// <param name="source">The authority source it belongs to.</param>
    /// <param name="name">The display name.</param>
    /// <param name="description">What the base is.</param>
    /// <param name="lever">The transactional lever it is, if any.</param>
    /// <param name="defaultOutcome">The outcome weights expected when influence rests on this base alone.</param>
    [SetsRequiredMembers]
    public PowerBaseDefinition(PowerBase @base, AuthoritySource source, string name, string description, TransactionalLever lever, OutcomeWeights defaultOutcome)
    {
        Base = @base;
        Source = source;
        Name = name;
        Description = description;
        Lever = lever;
        DefaultOutcome = defaultOutcome;
    }

    /// <summary>Gets the power base.</summary>
    public required PowerBase Base { get => _base; init => _base = Preconditions.Defined(value, nameof(Base)); }

    /// <summary>Gets the authority source the base belongs to.</summary>
    public required AuthoritySource Source { get => _source; init => _source = Preconditions.Defined(value, nameof(Source)); }

    /// <summary>Gets the display name.</summary>
    public required string Name { get => _name; init => _name = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>Gets what the base is.</summary>
    public required string Description { get => _description; init => _description = Preconditions.NotBlank(value, nameof(Description)); }

    /// <summary>Gets the transactional lever the base is (the carrot for reward, the stick for coercion), or <see cref="TransactionalLever.None"/>.</summary>
    public required TransactionalLever Lever { get => _lever; init => _lever = Preconditions.Defined(value, nameof(Lever)); }

    /// <summary>Gets the outcome weights expected when influence rests on this base alone.</summary>
    public required OutcomeWeights DefaultOutcome { get => _defaultOutcome; init => _defaultOutcome = Preconditions.NotNull(value, nameof(DefaultOutcome)); }
}
