using System.Globalization;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>A text in one or more languages; the first is the default.</summary>
/// <remarks>
/// <para>Languages are IETF tags such as <c>en</c> or <c>de-CH</c>, compared ignoring case. A lookup falls back
/// from <c>de-CH</c> to <c>de</c> and then to the default text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>The language of a text created from a plain string.</summary>
    public const string DefaultLanguage = "en";

    private LocalizedText(EquatableArray<KeyValuePair<string, string>> translations) => Translations = translations;

    /// <summary>Gets the texts by language, the default first.</summary>
    public EquatableArray<KeyValuePair<string, string>> Translations { get; }

    /// <summary>Gets the default text.</summary>
    public string Default => Translations[0].Value;

    /// <summary>Gets the language of the default text.</summary>
    public string DefaultLanguageTag => Translations[0].Key;

    /// <summary>Creates a text in one language.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language tag; <c>en</c> by default.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(string text, string language = DefaultLanguage) => Create([new(language, text)]);

    /// <summary>Creates a text in several languages; the first is the default.</summary>
    /// <param name="translations">Language tag and text pairs; at least one, languages unique.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">There is no text, a text or tag is blank, or a language appears twice.</exception>
    public static LocalizedText Create(IEnumerable<KeyValuePair<string, string>> translations)
    {
        Preconditions.NotNull(translations);
        var list = translations.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A localized text needs at least one language.", nameof(translations));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, text) in list)
        {
            Preconditions.NotBlank(language, nameof(translations));
            Preconditions.NotBlank(text, nameof(translations));
            if (!seen.Add(language))
            {
                throw new ArgumentException($"Language '{language}' appears more than once.", nameof(translations));
            }
        }

        return new LocalizedText(list.ToEquatableArray());
    }

    /// <summary>Converts a plain string to an English text.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator LocalizedText(string text) => Of(text);

    /// <summary>Gets the text for a language, falling back to its parent language and then to the default.</summary>
    /// <param name="language">The language tag, such as <c>de-CH</c>; <see langword="null"/> for the default.</param>
    /// <returns>The text.</returns>
    public string Get(string? language)
    {
        while (!string.IsNullOrEmpty(language))
        {
            foreach (var (tag, text) in Translations)
            {
                if (string.Equals(tag, language, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }

            var dash = language.LastIndexOf('-');
            language = dash > 0 ? language[..dash] : null;
        }

        return Default;
    }

    /// <summary>Gets the text for a culture, falling back as <see cref="Get(string?)"/> does.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    public string Get(CultureInfo culture) => Get(Preconditions.NotNull(culture).Name);

    /// <inheritdoc/>
    public override string ToString() => Default;
}
