using System.Text.Json;
using LeadershipModel.Change;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>Writes a <see cref="ChangeReport"/> as JSON (see <see cref="JsonSchemas.Change"/>).</summary>
/// <remarks>
/// <para>camelCase names; index ids as norm tables name them; every figure that could not be computed is
/// <c>null</c>; categories are <c>increased</c>, <c>unchanged</c>, <c>decreased</c>; <c>presentIn</c> is <c>pre</c>
/// or <c>post</c>. Numbers are written at full precision, so the same report gives the same bytes.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class ChangeReportWriter
{
    internal static void Write(Utf8JsonWriter w, ChangeReport report)
    {
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemas.ChangeSchemaId);
        w.WriteString("reliabilitySource", report.ReliabilitySource);
        w.WriteNumber("z", report.Z);
        w.WriteStartArray("people");
        foreach (var person in report.People)
        {
            w.WriteStartObject();
            w.WriteString("respondentId", person.RespondentId);
            w.WriteString("targetId", person.TargetId);
            w.WriteStartArray("indices");
            foreach (var i in person.Indices)
            {
                w.WriteStartObject();
                WritePrePost(w, i.IndexId, i.Pre, i.Post, i.Difference);
                JsonOutput.NumberOrNull(w, "sdPre", i.StandardDeviationPre);
                JsonOutput.NumberOrNull(w, "reliability", i.Reliability);
                JsonOutput.NumberOrNull(w, "sem", i.StandardErrorOfMeasurement);
                JsonOutput.NumberOrNull(w, "sDiff", i.StandardErrorOfDifference);
                JsonOutput.NumberOrNull(w, "rci", i.Rci);
                JsonOutput.StringOrNull(w, "category", i.Category is { } c ? ChangeCategories.ToId(c) : null);
                JsonOutput.StringOrNull(w, "reason", i.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("groups");
        foreach (var group in report.Groups)
        {
            w.WriteStartObject();
            w.WriteString("targetId", group.TargetId);
            w.WriteString("group", group.Group);
            w.WriteStartObject("raters");
            w.WriteNumber("pre", group.RatersPre);
            w.WriteNumber("post", group.RatersPost);
            w.WriteEndObject();
            w.WriteStartArray("indices");
            foreach (var i in group.Indices)
            {
                w.WriteStartObject();
                WritePrePost(w, i.IndexId, i.Pre, i.Post, i.Difference);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unmatched");
        foreach (var u in report.Unmatched)
        {
            w.WriteStartObject();
            w.WriteString("respondentId", u.RespondentId);
            w.WriteString("targetId", u.TargetId);
            w.WriteString("presentIn", u.PresentIn == ChangeWave.Pre ? "pre" : "post");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("summary");
        foreach (var s in report.Summary)
        {
            w.WriteStartObject();
            w.WriteString("indexId", s.IndexId);
            w.WriteNumber("n", s.Count);
            JsonOutput.NumberOrNull(w, "meanDifference", s.MeanDifference);
            JsonOutput.NumberOrNull(w, "t", s.T);
            JsonOutput.NumberOrNull(w, "df", s.DegreesOfFreedom);
            JsonOutput.NumberOrNull(w, "p", s.PValue);
            JsonOutput.NumberOrNull(w, "dz", s.Dz);
            w.WriteNumber("increased", s.Increased);
            w.WriteNumber("unchanged", s.Unchanged);
            w.WriteNumber("decreased", s.Decreased);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePrePost(Utf8JsonWriter w, string indexId, double? pre, double? post, double? difference)
    {
        w.WriteString("indexId", indexId);
        JsonOutput.NumberOrNull(w, "pre", pre);
        JsonOutput.NumberOrNull(w, "post", post);
        JsonOutput.NumberOrNull(w, "difference", difference);
    }
}
