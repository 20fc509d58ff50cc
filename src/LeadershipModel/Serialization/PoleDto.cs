namespace LeadershipModel.Serialization;

/// <summary>The JSON shape of a dimension pole.</summary>
internal sealed record PoleDto(string Label, string Description);
