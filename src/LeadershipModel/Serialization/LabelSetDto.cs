namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a named set of answer labels.</summary>
internal sealed record LabelSetDto
{
    public required string Id { get; init; }

    public required List<ScaleLabelDto> Labels { get; init; }
}
