using System.Text.Json;
using LeadershipModel.Norms;

namespace LeadershipModel.Serialization;

/// <summary>Writes a norm table as one JSON object (see <see cref="JsonSchemas.NormTable"/>).</summary>
internal static class NormTableWriter
{
    public static void Write(Utf8JsonWriter w, NormTable table)
    {
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemas.NormTableSchemaId);
        w.WriteString("id", table.Id);
        w.WriteString("name", table.Name);
        w.WriteNumber("sampleSize", table.SampleSize);
        if (table.Perspective != NormPerspective.Unspecified)
        {
            w.WriteString("perspective", table.Perspective == NormPerspective.Self ? "self" : "observer");
        }

        w.WriteStartArray("indices");
        foreach (var index in table.Indices)
        {
            w.WriteStartObject();
            w.WriteString("indexId", index.IndexId);
            w.WriteNumber("sampleSize", index.SampleSize);
            JsonOutput.NumberOrNull(w, "mean", index.Mean);
            JsonOutput.NumberOrNull(w, "standardDeviation", index.StandardDeviation);
            JsonOutput.NumberOrNull(w, "reliability", index.Reliability);
            w.WriteStartArray("points");
            foreach (var point in index.Points)
            {
                w.WriteStartObject();
                w.WriteNumber("score", point.Score);
                w.WriteNumber("percentile", point.Percentile);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
