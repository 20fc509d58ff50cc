using System.Globalization;
using System.Text.Json;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>Writes a profile as one JSON object, field by field (see <see cref="JsonSchemas.Profile"/>).</summary>
internal static class ProfileWriter
{
    public static void Write(Utf8JsonWriter w, LeadershipProfile p, bool withSchema)
    {
        w.WriteStartObject();
        if (withSchema)
        {
            w.WriteString("$schema", JsonSchemas.ProfileSchemaId);
        }

        w.WriteString("respondentId", p.RespondentId);
        w.WriteString("targetId", p.TargetId);
        w.WriteString("role", RaterRoles.ToId(p.Role));
        w.WriteStartArray("dimensions");
        foreach (var d in p.Dimensions)
        {
            WriteDimension(w, d);
        }

        w.WriteEndArray();
        WriteOverall(w, p.Overall);
        WriteAuthority(w, p.Authority);
        WriteScales(w, "constructs", p.Constructs);
        WriteScales(w, "scales", p.Scales);
        w.WriteStartArray("norms");
        foreach (var n in p.Norms)
        {
            w.WriteStartObject();
            w.WriteString("indexId", n.IndexId);
            w.WriteNumber("score", n.Score);
            w.WriteNumber("percentile", n.Percentile);
            w.WriteNumber("tScore", n.TScore);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteDiagnostics(w, p.Diagnostics);
        WriteExtensions(w, p.Extensions);
        w.WriteStartObject("provenance");
        w.WriteString("instrumentId", p.Provenance.InstrumentId);
        w.WriteString("instrumentVersion", p.Provenance.InstrumentVersion);
        w.WriteString("libraryVersion", p.Provenance.LibraryVersion);
        w.WriteString("optionsFingerprint", p.Provenance.OptionsFingerprint);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteScale(Utf8JsonWriter w, ScaleScore s)
    {
        w.WriteStartObject();
        w.WriteString("target", s.Target.Key);
        w.WriteString("status", JsonNames.ToName(s.Status));
        JsonOutput.NumberOrNull(w, "score", s.Score);
        JsonOutput.NumberOrNull(w, "rawScore", s.RawScore);
        w.WriteNumber("itemsAnswered", s.ItemsAnswered);
        w.WriteNumber("itemCount", s.ItemCount);
        JsonOutput.NumberOrNull(w, "standardError", s.StandardError);
        w.WriteEndObject();
    }

    private static void WriteScales(Utf8JsonWriter w, string name, EquatableArray<ScaleScore> scales)
    {
        w.WriteStartArray(name);
        foreach (var s in scales)
        {
            WriteScale(w, s);
        }

        w.WriteEndArray();
    }

    private static void WriteScaleOrNull(Utf8JsonWriter w, string name, ScaleScore? s)
    {
        w.WritePropertyName(name);
        if (s is { } scale)
        {
            WriteScale(w, scale);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static void WriteDimension(Utf8JsonWriter w, DimensionScore d)
    {
        var position = d.Position;
        w.WriteStartObject();
        w.WriteString("dimensionId", d.DimensionId);
        JsonOutput.NumberOrNull(w, "management", position.Management);
        JsonOutput.NumberOrNull(w, "leadership", position.Leadership);
        JsonOutput.NumberOrNull(w, "orientation", position.Orientation);
        JsonOutput.NumberOrNull(w, "bipolarOrientation", position.BipolarOrientation);
        JsonOutput.NumberOrNull(w, "integration", position.Integration);
        JsonOutput.StringOrNull(w, "quadrant", position.Quadrant is { } q ? JsonNames.ToName(q) : null);
        w.WriteNumber("threshold", position.Threshold);
        w.WriteBoolean("isBorderline", d.IsBorderline);
        w.WriteBoolean("isWeak", d.IsWeak);
        WriteScaleOrNull(w, "managementScale", d.Management);
        WriteScaleOrNull(w, "leadershipScale", d.Leadership);
        WriteScaleOrNull(w, "bipolarScale", d.Bipolar);
        w.WriteEndObject();
    }

    private static void WriteOverall(Utf8JsonWriter w, OverallIndices o)
    {
        w.WriteStartObject("overall");
        JsonOutput.NumberOrNull(w, "management", o.Management);
        JsonOutput.NumberOrNull(w, "leadership", o.Leadership);
        JsonOutput.NumberOrNull(w, "orientation", o.Orientation);
        JsonOutput.NumberOrNull(w, "integration", o.Integration);
        JsonOutput.StringOrNull(w, "quadrant", o.Quadrant is { } q ? JsonNames.ToName(q) : null);
        JsonOutput.StringOrNull(w, "profileType", o.ProfileType);
        w.WriteNumber("dimensionsScored", o.DimensionsScored);
        w.WriteEndObject();
    }

    private static void WriteAuthority(Utf8JsonWriter w, AuthorityProfile? a)
    {
        if (a is null)
        {
            w.WriteNull("authority");
            return;
        }

        w.WriteStartObject("authority");
        JsonOutput.PowerBases(w, a.Bases);
        w.WriteStartArray("sources");
        foreach (var s in a.Sources)
        {
            w.WriteStartObject();
            w.WriteString("source", JsonNames.ToName(s.Source));
            w.WriteNumber("strength", s.Strength);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonOutput.NumberOrNull(w, "followerConferredShare", a.FollowerConferredShare);
        JsonOutput.StringOrNull(w, "primarySource", a.PrimarySource is { } primary ? JsonNames.ToName(primary) : null);
        if (a.ExpectedOutcome is { } outcome)
        {
            w.WriteStartObject("expectedOutcome");
            w.WriteNumber("strength", outcome.Strength);
            w.WriteNumber("commitment", outcome.Commitment);
            w.WriteNumber("compliance", outcome.Compliance);
            w.WriteNumber("resistance", outcome.Resistance);
            w.WriteNumber("none", outcome.None);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("expectedOutcome");
        }

        w.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, ProfileDiagnostics d)
    {
        w.WriteStartObject("diagnostics");
        w.WriteNumber("itemsAnswered", d.ItemsAnswered);
        w.WriteNumber("itemCount", d.ItemCount);
        w.WriteNumber("answeredShare", d.AnsweredShare);
        w.WriteNumber("longestRun", d.LongestRun);
        JsonOutput.NumberOrNull(w, "responseVariability", d.ResponseVariability);
        w.WriteStartArray("adjustedAnswers");
        foreach (var a in d.AdjustedAnswers)
        {
            w.WriteStartObject();
            w.WriteString("itemId", a.ItemId);
            JsonOutput.NumberOrNull(w, "original", a.Original);
            JsonOutput.NumberOrNull(w, "adjusted", a.Adjusted);
            w.WriteString("reason", a.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("flags");
        foreach (var f in d.Flags)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
            w.WriteString("message", f.Message);
            JsonOutput.StringOrNull(w, "scope", f.Scope);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("pluginFailures");
        foreach (var f in d.PluginFailures)
        {
            w.WriteStartObject();
            w.WriteString("pluginName", f.PluginName);
            w.WriteString("step", f.Step);
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes the extensions as an object: strings, booleans and finite numbers as themselves, <see langword="null"/>
    /// as <c>null</c>, and any other value as its invariant-culture text.
    /// </summary>
    private static void WriteExtensions(Utf8JsonWriter w, ProfileExtensions extensions)
    {
        w.WriteStartObject("extensions");
        foreach (var (name, value) in extensions.Values)
        {
            w.WritePropertyName(name);
            switch (value)
            {
                case null: w.WriteNullValue(); break;
                case string s: w.WriteStringValue(s); break;
                case bool b: w.WriteBooleanValue(b); break;
                case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
                case float f when float.IsFinite(f): w.WriteNumberValue(f); break;
                case decimal m: w.WriteNumberValue(m); break;
                case int i: w.WriteNumberValue(i); break;
                case long l: w.WriteNumberValue(l); break;
                case short i16: w.WriteNumberValue(i16); break;
                case byte u8: w.WriteNumberValue(u8); break;
                case sbyte i8: w.WriteNumberValue(i8); break;
                case ushort u16: w.WriteNumberValue(u16); break;
                case uint u32: w.WriteNumberValue(u32); break;
                case ulong u64: w.WriteNumberValue(u64); break;
                case IFormattable formattable: w.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
                default: w.WriteStringValue(value.ToString()); break;
            }
        }

        w.WriteEndObject();
    }
}
