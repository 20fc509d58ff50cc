using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// One wording of an instrument for one kind of rater, such as the observer form ("This person …"): a text for
/// each item, under the same item ids and keys as the items themselves.
/// </summary>
/// <remarks>
/// <para>A form gives a text for every item of its instrument; <see cref="Instrument.Create"/> checks that every
/// item id is known and none is missing. Look texts up with <see cref="Instrument.GetItemText"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record InstrumentForm
{
    private readonly string _id = string.Empty;
    private readonly EquatableArray<KeyValuePair<string, LocalizedText>> _itemTexts;

    /// <summary>Initializes a new form.</summary>
    /// <param name="id">The kebab-case form id, such as <see cref="FormIds.Observer"/>.</param>
    /// <param name="itemTexts">The text of each item, by item id, in item order.</param>
    [SetsRequiredMembers]
    public InstrumentForm(string id, IEnumerable<KeyValuePair<string, LocalizedText>> itemTexts)
    {
        Id = id;
        ItemTexts = Preconditions.NotNull(itemTexts).ToEquatableArray();
    }

    /// <summary>Gets the kebab-case form id, such as <c>observer</c>.</summary>
    public required string Id { get => _id; init => _id = Preconditions.KebabId(value, nameof(Id)); }

    /// <summary>Gets the text of each item, by item id.</summary>
    public required EquatableArray<KeyValuePair<string, LocalizedText>> ItemTexts
    {
        get => _itemTexts;
        init
        {
            foreach (var (itemId, text) in value)
            {
                ItemIds.Validate(itemId, nameof(ItemTexts));
                Preconditions.NotNull(text, nameof(ItemTexts));
            }

            _itemTexts = value;
        }
    }

    /// <summary>Looks up the text of an item in this form.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="text">The text, when the form has one.</param>
    /// <returns><see langword="true"/> when the form has a text for the item.</returns>
    public bool TryGetText(string itemId, [NotNullWhen(true)] out LocalizedText? text)
    {
        Preconditions.NotNull(itemId);
        foreach (var (id, t) in _itemTexts)
        {
            if (string.Equals(id, itemId, StringComparison.Ordinal))
            {
                text = t;
                return true;
            }
        }

        text = null;
        return false;
    }
}
