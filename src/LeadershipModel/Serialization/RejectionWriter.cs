using System.Text.Json;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>Writes a rejection as one JSON object (see <see cref="JsonSchemas.Rejection"/>).</summary>
internal static class RejectionWriter
{
    public static void Write(Utf8JsonWriter w, Rejection r, bool withSchema)
    {
        w.WriteStartObject();
        if (withSchema)
        {
            w.WriteString("$schema", JsonSchemas.RejectionSchemaId);
        }

        w.WriteNumber("index", r.Index);
        JsonOutput.StringOrNull(w, "respondentId", r.RespondentId);
        JsonOutput.StringOrNull(w, "targetId", r.TargetId);
        w.WriteString("role", RaterRoles.ToId(r.Role));
        JsonOutput.StringOrNull(w, "instrumentId", r.InstrumentId);
        w.WriteStartArray("reasons");
        foreach (var reason in r.Reasons)
        {
            w.WriteStartObject();
            w.WriteString("code", reason.Code);
            w.WriteString("message", reason.Message);
            JsonOutput.StringOrNull(w, "itemId", reason.ItemId);
            w.WriteString("step", reason.Step);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteArray(Utf8JsonWriter w, IEnumerable<Rejection> rejections, string parameterName)
    {
        w.WriteStartArray();
        foreach (var r in rejections)
        {
            Write(w, Preconditions.NotNull(r, parameterName), withSchema: false);
        }

        w.WriteEndArray();
    }
}
