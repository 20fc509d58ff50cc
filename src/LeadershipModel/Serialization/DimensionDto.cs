namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a dimension.</summary>
internal sealed record DimensionDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Facet { get; init; }

    public int Order { get; init; }

    public required string Description { get; init; }

    public required PoleDto ManagementPole { get; init; }

    public required PoleDto LeadershipPole { get; init; }
}
