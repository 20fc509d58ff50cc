using System.Text.Json.Serialization;

namespace LeadershipModel.Serialization;

/// <summary>The dimensions of an instrument: the string <c>"canonical"</c>, or an array of dimensions.</summary>
[JsonConverter(typeof(DimensionsDtoJsonConverter))]
internal sealed record DimensionsDto(bool IsCanonical, List<DimensionDto>? Dimensions);
