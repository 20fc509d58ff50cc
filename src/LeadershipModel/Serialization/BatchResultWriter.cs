using System.Text.Json;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>Writes a batch result as one object with its counts, profiles and rejections.</summary>
internal static class BatchResultWriter
{
    public static void Write(Utf8JsonWriter w, BatchScoringResult result)
    {
        w.WriteStartObject();
        w.WriteNumber("scored", result.Profiles.Count);
        w.WriteNumber("rejected", result.Rejections.Count);
        w.WritePropertyName("profiles");
        JsonFormats.Profiles.WriteElement(w, result.Profiles);
        w.WritePropertyName("rejections");
        JsonFormats.Rejections.WriteElement(w, result.Rejections);
        w.WriteEndObject();
    }
}
