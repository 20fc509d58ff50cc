using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// The parts of an instrument before they are checked together. Pass it to <see cref="Instrument.Create"/>,
/// which checks the rules that span parts (unique ids, known targets, every pole measured) and lists every
/// problem at once.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Single-field rules run in the <c>init</c> accessors.</remarks>
public sealed record InstrumentDefinition
{
    private readonly string _id = string.Empty;
    private readonly string _version = string.Empty;
    private readonly string _name = string.Empty;
    private readonly ResponseScale _scale = ResponseScale.Default;
    private readonly DimensionSet _dimensions = DimensionSet.Empty;

    /// <summary>Gets the kebab-case instrument id, such as <c>canonical</c>.</summary>
    public required string Id { get => _id; init => _id = Preconditions.KebabId(value, nameof(Id)); }

    /// <summary>Gets the version, such as <c>1.0.0</c>. Response sets name the version they answer.</summary>
    public required string Version { get => _version; init => _version = Preconditions.NotBlank(value, nameof(Version)); }

    /// <summary>Gets the display name.</summary>
    public required string Name { get => _name; init => _name = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>Gets a description, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the response scale; a five-point Likert scale by default.</summary>
    public ResponseScale Scale { get => _scale; init => _scale = Preconditions.NotNull(value, nameof(Scale)); }

    /// <summary>Gets the dimensions the instrument measures; empty by default.</summary>
    public DimensionSet Dimensions { get => _dimensions; init => _dimensions = Preconditions.NotNull(value, nameof(Dimensions)); }

    /// <summary>Gets the host-defined constructs the instrument measures.</summary>
    public EquatableArray<Construct> Constructs { get; init; }

    /// <summary>Gets the items in the order they are presented.</summary>
    public EquatableArray<Item> Items { get; init; }

    /// <summary>Gets the forms: item texts for kinds of rater, such as <see cref="FormIds.Observer"/>. The items' own
    /// texts are the <see cref="FormIds.Self"/> form unless a form of that id is given.</summary>
    public EquatableArray<InstrumentForm> Forms { get; init; }

    /// <summary>Gets the free-text questions asked after the items, with a text per form.</summary>
    public EquatableArray<OpenQuestion> OpenQuestions { get; init; }

    /// <summary>Gets the named answer-label sets that items refer to with <see cref="Item.Labels"/>.</summary>
    public EquatableArray<LabelSet> LabelSets { get; init; }

    /// <summary>Gets the known reliabilities of the instrument's scales, from which scores carry a standard error of measurement.</summary>
    public EquatableArray<ScaleReliability> Reliabilities { get; init; }

    /// <summary>Gets a value indicating whether the instrument has been validated on human samples.</summary>
    public bool IsValidated { get; init; }

    /// <summary>Gets notes for users, such as the state of validation, or <see langword="null"/>.</summary>
    public string? Notes { get; init; }
}
