using System.Text.Json;
using System.Text.Json.Serialization;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>Writes answers as an object of item id to value, <c>null</c> for a skipped item, in the order given.</summary>
internal sealed class AnswersJsonConverter : JsonConverter<EquatableArray<Answer>>
{
    public override EquatableArray<Answer> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Documents are read through JsonFormats.ResponseSet, which reports every problem with its path.");

    public override void Write(Utf8JsonWriter writer, EquatableArray<Answer> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var answer in value)
        {
            if (answer.Value is { } v)
            {
                writer.WriteNumber(answer.ItemId, v);
            }
            else
            {
                writer.WriteNull(answer.ItemId);
            }
        }

        writer.WriteEndObject();
    }
}
