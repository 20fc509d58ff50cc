namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a host-defined construct.</summary>
internal sealed record ConstructDto(string Id, string Name, string? Description);
