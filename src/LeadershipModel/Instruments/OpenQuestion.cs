using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// A free-text question asked after the items, such as "What should this person keep doing?", with a text per form.
/// </summary>
/// <remarks>
/// <para>When an instrument has forms, an open question has a text for each of them and for <see cref="FormIds.Self"/>;
/// <see cref="Instrument.Create"/> checks this. Answers are comments, never scored.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record OpenQuestion
{
    private readonly string _id = string.Empty;
    private readonly EquatableArray<KeyValuePair<string, LocalizedText>> _texts;

    /// <summary>Initializes a new open question.</summary>
    /// <param name="id">The question id (letters, digits, <c>-</c>, <c>_</c> and <c>.</c>), unique among the instrument's items and questions.</param>
    /// <param name="texts">The text per form id; at least one, form ids unique.</param>
    [SetsRequiredMembers]
    public OpenQuestion(string id, IEnumerable<KeyValuePair<string, LocalizedText>> texts)
    {
        Id = id;
        Texts = Preconditions.NotNull(texts).ToEquatableArray();
    }

    /// <summary>Gets the question id.</summary>
    public required string Id { get => _id; init => _id = ItemIds.Validate(value, nameof(Id)); }

    /// <summary>Gets the text per form id, in declaration order; the first is the default.</summary>
    public required EquatableArray<KeyValuePair<string, LocalizedText>> Texts
    {
        get => _texts;
        init
        {
            if (value.Count == 0)
            {
                throw new ArgumentException("An open question needs a text for at least one form.", nameof(Texts));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (formId, text) in value)
            {
                Preconditions.KebabId(formId, nameof(Texts));
                Preconditions.NotNull(text, nameof(Texts));
                if (!seen.Add(formId))
                {
                    throw new ArgumentException($"Form '{formId}' has more than one text.", nameof(Texts));
                }
            }

            _texts = value;
        }
    }

    /// <summary>Gets the text for a form, falling back to the <see cref="FormIds.Self"/> text and then to the first.</summary>
    /// <param name="formId">The form id, such as <see cref="FormIds.Observer"/>.</param>
    /// <returns>The text.</returns>
    public LocalizedText GetText(string formId)
    {
        Preconditions.NotNull(formId);
        LocalizedText? self = null;
        foreach (var (id, text) in _texts)
        {
            if (id == formId)
            {
                return text;
            }

            if (id == FormIds.Self)
            {
                self = text;
            }
        }

        return self ?? _texts[0].Value;
    }
}
