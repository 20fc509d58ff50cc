using System.Text.Json;
using System.Text.Json.Serialization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>Writes a text as a plain string when it is English only, otherwise as an object of language to text.</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Documents are read through JsonFormats.Instrument, which reports every problem with its path.");

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        if (value.Translations.Count == 1 && value.DefaultLanguageTag == LocalizedText.DefaultLanguage)
        {
            writer.WriteStringValue(value.Default);
            return;
        }

        writer.WriteStartObject();
        foreach (var (language, text) in value.Translations)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }
}
