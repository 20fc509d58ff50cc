using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipModel.Serialization;

/// <summary>
/// The source-generated serializer metadata for the formats written through a shape type; no reflection is used.
/// Layout (indentation, escaping) comes from the <see cref="Utf8JsonWriter"/> each format writes to.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(InstrumentDto))]
[JsonSerializable(typeof(List<DimensionDto>))]
[JsonSerializable(typeof(ResponseSetDto))]
internal sealed partial class SerializationContext : JsonSerializerContext
{
}
