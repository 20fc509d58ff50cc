using System.Text.Json;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>Writes a response set through its source-generated JSON shape.</summary>
internal static class ResponseSetWriter
{
    public static void Write(Utf8JsonWriter w, ResponseSet set, bool withSchema)
        => JsonSerializer.Serialize(
            w,
            new ResponseSetDto
            {
                Schema = withSchema ? JsonSchemas.ResponseSetSchemaId : null,
                InstrumentId = set.InstrumentId,
                InstrumentVersion = set.InstrumentVersion,
                RespondentId = set.RespondentId,
                TargetId = set.TargetId,
                Role = RaterRoles.ToId(set.Role),
                Answers = set.Answers,
                Comments = set.Comments.Count == 0 ? null : set.Comments.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
            },
            SerializationContext.Default.ResponseSetDto);
}
