using System.Text.Json.Serialization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a scale label.</summary>
internal sealed record ScaleLabelDto
{
    public double Value { get; init; }

    [JsonConverter(typeof(LocalizedTextJsonConverter))]
    public required LocalizedText Text { get; init; }
}
