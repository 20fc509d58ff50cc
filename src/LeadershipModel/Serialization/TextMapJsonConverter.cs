using System.Text.Json;
using System.Text.Json.Serialization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>Writes texts keyed by id (item texts of a form, texts of an open question per form) as one JSON object.</summary>
internal sealed class TextMapJsonConverter : JsonConverter<EquatableArray<KeyValuePair<string, LocalizedText>>>
{
    private static readonly LocalizedTextJsonConverter Text = new();

    public override EquatableArray<KeyValuePair<string, LocalizedText>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Documents are read through InstrumentJson, which reports every problem with its path.");

    public override void Write(Utf8JsonWriter writer, EquatableArray<KeyValuePair<string, LocalizedText>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, text) in value)
        {
            writer.WritePropertyName(key);
            Text.Write(writer, text, options);
        }

        writer.WriteEndObject();
    }
}
