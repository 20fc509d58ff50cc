using System.Text.Json.Serialization;
using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of an item.</summary>
internal sealed record ItemDto
{
    public required string Id { get; init; }

    [JsonConverter(typeof(LocalizedTextJsonConverter))]
    public required LocalizedText Text { get; init; }

    public required TargetDto Target { get; init; }

    public required string Keying { get; init; }

    public double Weight { get; init; }

    public string? Labels { get; init; }
}
