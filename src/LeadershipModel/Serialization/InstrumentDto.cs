using System.Text.Json.Serialization;

namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of an instrument, as written. Property order is the order in the document.</summary>
internal sealed record InstrumentDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required ScaleDto Scale { get; init; }

    public DimensionsDto? Dimensions { get; init; }

    public List<ConstructDto>? Constructs { get; init; }

    public List<LabelSetDto>? LabelSets { get; init; }

    public required List<ItemDto> Items { get; init; }

    public List<FormDto>? Forms { get; init; }

    public List<OpenQuestionDto>? OpenQuestions { get; init; }

    public List<ReliabilityDto>? Reliabilities { get; init; }

    public bool IsValidated { get; init; }

    public string? Notes { get; init; }
}
