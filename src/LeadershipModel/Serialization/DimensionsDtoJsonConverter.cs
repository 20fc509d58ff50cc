using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LeadershipModel.Serialization;

/// <summary>Writes <see cref="DimensionsDto"/> as the string <c>"canonical"</c> or as an array of dimensions.</summary>
internal sealed class DimensionsDtoJsonConverter : JsonConverter<DimensionsDto>
{
    public override DimensionsDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Documents are read through JsonFormats.Instrument, which reports every problem with its path.");

    public override void Write(Utf8JsonWriter writer, DimensionsDto value, JsonSerializerOptions options)
    {
        if (value.IsCanonical)
        {
            writer.WriteStringValue(JsonNames.Canonical);
            return;
        }

        var info = (JsonTypeInfo<List<DimensionDto>>)options.GetTypeInfo(typeof(List<DimensionDto>));
        JsonSerializer.Serialize(writer, value.Dimensions ?? [], info);
    }
}
