using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Teams;

namespace LeadershipModel.Serialization;

/// <summary>Writes a <see cref="UnitReport"/> as JSON (see <see cref="JsonSchemas.UnitReport"/>).</summary>
/// <remarks>
/// <para>camelCase names; dimension ids as the instrument names them; quartiles as <c>{q1, median, q3}</c> or
/// <c>null</c>; <c>perspective</c> is <c>self</c> or <c>others</c>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class UnitReportWriter
{
    internal static void Write(Utf8JsonWriter w, UnitReport report)
    {
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemas.UnitReportSchemaId);
        w.WriteNumber("minimumUnitSize", report.MinimumUnitSize);
        w.WriteString("perspective", report.Perspective == UnitPerspective.Others ? "others" : "self");
        w.WriteNumber("highThreshold", report.HighThreshold);
        w.WriteStartArray("units");
        foreach (var unit in report.Units)
        {
            w.WriteStartObject();
            w.WriteString("unit", unit.Unit);
            w.WriteNumber("people", unit.People);
            w.WriteStartObject("quadrants");
            w.WriteNumber("manager", unit.Quadrants.Manager);
            w.WriteNumber("leader", unit.Quadrants.Leader);
            w.WriteNumber("integrator", unit.Quadrants.Integrator);
            w.WriteNumber("disengaged", unit.Quadrants.Disengaged);
            w.WriteNumber("unclassified", unit.Quadrants.Unclassified);
            w.WriteEndObject();
            w.WriteStartArray("profileTypes");
            foreach (var t in unit.ProfileTypes)
            {
                w.WriteStartObject();
                w.WriteString("profileType", t.ProfileType);
                w.WriteNumber("people", t.People);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("dimensions");
            foreach (var d in unit.Dimensions)
            {
                w.WriteStartObject();
                w.WriteString("dimensionId", d.DimensionId);
                WriteQuartiles(w, "management", d.Management);
                WriteQuartiles(w, "leadership", d.Leadership);
                w.WriteStartObject("covered");
                w.WriteBoolean("management", d.CoveredManagement);
                w.WriteBoolean("leadership", d.CoveredLeadership);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteQuartiles(w, "followerConferredShare", unit.FollowerConferredShare);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("withheld");
        foreach (var u in report.Withheld)
        {
            w.WriteStartObject();
            w.WriteString("unit", u.Unit);
            w.WriteNumber("people", u.People);
            w.WriteString("reason", u.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteQuartiles(Utf8JsonWriter w, string name, Quartiles? q)
    {
        if (q is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("q1", q.Q1);
        w.WriteNumber("median", q.Median);
        w.WriteNumber("q3", q.Q3);
        w.WriteEndObject();
    }
}
