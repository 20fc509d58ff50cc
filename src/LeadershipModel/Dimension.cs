using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>
/// One contrast between management and leadership, such as "Seek control" versus "Seek influence".
/// </summary>
/// <remarks>
/// <para>A dimension is bipolar in name only: a person is measured on it with two unipolar strengths, one per
/// pole, because "some integrate the two" (see <see cref="DimensionPosition"/>).</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value.</para>
/// </remarks>
public sealed record Dimension
{
    private readonly string _id = string.Empty;
    private readonly string _name = string.Empty;
    private readonly Pole _managementPole = null!;
    private readonly Pole _leadershipPole = null!;
    private readonly string _facet = string.Empty;
    private readonly string _description = string.Empty;
    private readonly int _order;

    /// <summary>Initializes a new dimension.</summary>
    /// <param name="id">The stable kebab-case identifier, for example <c>control-influence</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="managementPole">The management pole.</param>
    /// <param name="leadershipPole">The leadership pole.</param>
    /// <param name="facet">The facet that groups related dimensions, for example <c>Power</c>.</param>
    /// <param name="order">The 1-based position in the source document or set.</param>
    /// <param name="description">A paragraph saying what the dimension contrasts.</param>
    [SetsRequiredMembers]
    public Dimension(string id, string name, Pole managementPole, Pole leadershipPole, string facet, int order, string description)
    {
        Id = id;
        Name = name;
        ManagementPole = managementPole;
        LeadershipPole = leadershipPole;
        Facet = facet;
        Order = order;
        Description = description;
    }

    /// <summary>Gets the stable kebab-case identifier, for example <c>control-influence</c>.</summary>
    public required string Id { get => _id; init => _id = Preconditions.KebabId(value, nameof(Id)); }

    /// <summary>Gets the display name, for example "Control and influence".</summary>
    public required string Name { get => _name; init => _name = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>Gets the management pole.</summary>
    public required Pole ManagementPole { get => _managementPole; init => _managementPole = Preconditions.NotNull(value, nameof(ManagementPole)); }

    /// <summary>Gets the leadership pole.</summary>
    public required Pole LeadershipPole { get => _leadershipPole; init => _leadershipPole = Preconditions.NotNull(value, nameof(LeadershipPole)); }

    /// <summary>Gets the facet that groups related dimensions, for example <c>Power</c> (see <see cref="Facets"/>).</summary>
    public required string Facet { get => _facet; init => _facet = Preconditions.NotBlank(value, nameof(Facet)); }

    /// <summary>Gets the 1-based position of the dimension in its source (the seed's order for the canonical set).</summary>
    public required int Order { get => _order; init => _order = Preconditions.Positive(value, nameof(Order)); }

    /// <summary>Gets a paragraph saying what the dimension contrasts.</summary>
    public required string Description { get => _description; init => _description = Preconditions.NotBlank(value, nameof(Description)); }

    /// <summary>Gets the pole of the given kind.</summary>
    /// <param name="kind">Which pole.</param>
    /// <returns>The pole.</returns>
    public Pole GetPole(PoleKind kind) => Preconditions.Defined(kind) == PoleKind.Management ? ManagementPole : LeadershipPole;

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {ManagementPole.Label} / {LeadershipPole.Label}";
}
