namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a response scale.</summary>
internal sealed record ScaleDto
{
    public double Min { get; init; }

    public double Max { get; init; }

    public bool IntegerOnly { get; init; }

    public List<ScaleLabelDto>? Labels { get; init; }
}
