using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>One question of an instrument: its id, its text, what it measures, its keying and its weight.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value. Rules that involve the whole instrument
/// (unique ids, known targets) are checked by <see cref="Instrument.Create"/>.</remarks>
public sealed record Item
{
    private readonly string _id = string.Empty;
    private readonly LocalizedText _text = null!;
    private readonly ItemTarget _target = null!;
    private readonly Keying _keying;
    private readonly double _weight = 1;
    private readonly string? _labels;

    /// <summary>Initializes a new item.</summary>
    /// <param name="id">The item id, unique within the instrument.</param>
    /// <param name="text">The text the respondent reads.</param>
    /// <param name="target">What the item measures.</param>
    /// <param name="keying">How the answer relates to the target.</param>
    /// <param name="weight">The weight in weighted scale scores; positive.</param>
    [SetsRequiredMembers]
    public Item(string id, LocalizedText text, ItemTarget target, Keying keying = Keying.Positive, double weight = 1)
    {
        Id = id;
        Text = text;
        Target = target;
        Keying = keying;
        Weight = weight;
    }

    /// <summary>Gets the item id, unique within the instrument (letters, digits, <c>-</c>, <c>_</c> and <c>.</c>).</summary>
    public required string Id { get => _id; init => _id = ItemIds.Validate(value, nameof(Id)); }

    /// <summary>Gets the text the respondent reads.</summary>
    public required LocalizedText Text { get => _text; init => _text = Preconditions.NotNull(value, nameof(Text)); }

    /// <summary>Gets what the item measures.</summary>
    public required ItemTarget Target { get => _target; init => _target = Preconditions.NotNull(value, nameof(Target)); }

    /// <summary>Gets how the answer relates to the target.</summary>
    public Keying Keying { get => _keying; init => _keying = Preconditions.Defined(value, nameof(Keying)); }

    /// <summary>Gets the weight in weighted scale scores; positive, 1 by default.</summary>
    public double Weight
    {
        get => _weight;
        init => _weight = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Weight), value, "An item weight must be positive and finite.");
    }

    /// <summary>Gets the id of the <see cref="LabelSet"/> whose labels the respondent sees for this item, such as
    /// <see cref="LabelSet.FrequencyId"/> for a behaviour item; <see langword="null"/> for the scale's own labels.</summary>
    public string? Labels { get => _labels; init => _labels = value is null ? null : Preconditions.KebabId(value, nameof(Labels)); }

    /// <summary>Gets a value indicating whether the item is reverse-keyed.</summary>
    public bool IsReversed => _keying == Keying.Reverse;
}
