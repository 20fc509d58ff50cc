using System.Text.Json.Serialization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of an open question: its id and an object of form id to text.</summary>
internal sealed record OpenQuestionDto
{
    public required string Id { get; init; }

    [JsonConverter(typeof(TextMapJsonConverter))]
    public required EquatableArray<KeyValuePair<string, LocalizedText>> Texts { get; init; }
}
