using System.Text.Json.Serialization;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a response set; answers are an object of item id to value (or <c>null</c> when skipped).</summary>
internal sealed record ResponseSetDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string InstrumentId { get; init; }

    public required string InstrumentVersion { get; init; }

    public required string RespondentId { get; init; }

    public string? TargetId { get; init; }

    public required string Role { get; init; }

    [JsonConverter(typeof(AnswersJsonConverter))]
    public required EquatableArray<Answer> Answers { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Comments { get; init; }
}
