using System.Text.Json.Serialization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a form: its id and an object of item id to text.</summary>
internal sealed record FormDto
{
    public required string Id { get; init; }

    [JsonConverter(typeof(TextMapJsonConverter))]
    public required EquatableArray<KeyValuePair<string, LocalizedText>> Items { get; init; }
}
