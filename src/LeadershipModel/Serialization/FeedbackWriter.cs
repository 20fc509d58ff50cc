using System.Text.Json;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;

namespace LeadershipModel.Serialization;

/// <summary>Writes a <see cref="FeedbackDocument"/> as JSON (<see cref="JsonFormats.Feedback"/>) (schema <c>feedback.v1.schema.json</c>, <see cref="JsonSchemas.Feedback"/>).</summary>
/// <remarks>
/// <para>camelCase, no reflection (trimming- and AOT-safe), numbers at full precision, the same bytes for the same
/// document. Group names: <c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c>, <c>other</c>,
/// <c>others-combined</c>, <c>all-others</c>. No respondent id but the target's appears.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class FeedbackWriter
{
    private static readonly AuthoritySource[] Sources = [AuthoritySource.Positional, AuthoritySource.Expertise, AuthoritySource.Character];
    private static readonly PowerBase[] Bases = [PowerBase.Legitimate, PowerBase.Reward, PowerBase.Coercive, PowerBase.Expert, PowerBase.Informational, PowerBase.Referent];

    /// <summary>Lists the dimension ids a group has figures for, in the order of its indices.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The ids.</returns>
    internal static List<string> DimensionIds(FeedbackGroup group)
    {
        var ids = new List<string>();
        foreach (var s in group.Indices)
        {
            var slash = s.IndexId.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && s.IndexId.AsSpan(slash + 1).SequenceEqual(IndexIds.Management))
            {
                ids.Add(s.IndexId[..slash]);
            }
        }

        return ids;
    }

    internal static void Write(Utf8JsonWriter w, FeedbackDocument d)
    {
        w.WriteStartObject();
        w.WriteString("$schema", JsonSchemas.FeedbackSchemaId);
        w.WriteStartObject("instrument");
        w.WriteString("instrumentId", d.InstrumentId);
        w.WriteString("version", d.InstrumentVersion);
        w.WriteString("name", d.InstrumentName);
        w.WriteBoolean("isValidated", d.IsValidated);
        w.WriteStartObject("scale");
        w.WriteNumber("min", d.Scale.Min);
        w.WriteNumber("max", d.Scale.Max);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNumber("anonymityThreshold", d.Options.AnonymityThreshold);
        w.WriteBoolean("managerShownAlone", d.Options.ShowManagerSeparately);
        w.WriteStartObject("thresholds");
        w.WriteNumber("blindSpot", d.Options.BlindSpotThreshold);
        w.WriteNumber("hiddenStrength", d.Options.HiddenStrengthThreshold);
        w.WriteNumber("agreementMargin", d.Options.AgreementMargin);
        w.WriteNumber("high", d.Options.HighThreshold);
        w.WriteEndObject();
        if (d.Options.DescribeNorms() is { } note)
        {
            w.WriteStartObject("norms");
            WriteNormTable(w, "self", d.Options.SelfNorms);
            WriteNormTable(w, "observer", d.Options.ObserverNorms);
            w.WriteString("note", note);
            w.WriteEndObject();
        }

        w.WriteStartArray("targets");
        foreach (var t in d.Targets)
        {
            WriteTarget(w, t);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter w, TargetFeedback t)
    {
        var report = t.Report;
        w.WriteStartObject();
        w.WriteString("targetId", t.TargetId);
        if (report.GetGroup(FeedbackGroupKind.Self) is { } self)
        {
            w.WriteStartObject("self");
            WriteFigures(w, self, t.GetItems(FeedbackGroupKind.Self));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("self");
        }

        w.WriteStartArray("groups");
        foreach (var g in report.Groups)
        {
            if (g.Kind == FeedbackGroupKind.Self)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("group", FeedbackNames.ToId(g.Kind));
            w.WriteNumber("raters", g.RaterCount);
            WriteFigures(w, g, t.GetItems(g.Kind));
            w.WriteStartArray("comments");
            foreach (var c in t.GetComments(g.Kind))
            {
                w.WriteStartObject();
                w.WriteString("questionId", c.QuestionId);
                w.WriteString("text", c.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("authority");
            WriteAuthority(w, g);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("withheld");
        foreach (var x in t.Withheld)
        {
            w.WriteStartObject();
            w.WriteString("group", FeedbackNames.ToId(x.Group));
            w.WriteNumber("raters", x.Raters);
            w.WriteBoolean("merged", x.IsMerged);
            w.WriteString("reason", x.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gaps");
        foreach (var gap in report.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("indexId", gap.IndexId);
            w.WriteNumber("self", gap.Self);
            w.WriteNumber("others", gap.Others);
            w.WriteNumber("gap", gap.Gap);
            w.WriteString("agreement", FeedbackNames.ToId(gap.Agreement));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteRanked(w, "highest", t.Highest);
        WriteRanked(w, "lowest", t.Lowest);
        WriteItemGaps(w, "blindSpots", t.BlindSpots);
        WriteItemGaps(w, "hiddenStrengths", t.HiddenStrengths);
        w.WriteStartObject("authority");
        if (report.GetGroup(FeedbackGroupKind.Self) is { } selfGroup)
        {
            w.WriteStartObject("self");
            WriteAuthority(w, selfGroup);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("self");
        }

        w.WriteStartArray("groups");
        foreach (var g in report.Groups)
        {
            if (g.Kind != FeedbackGroupKind.Self)
            {
                w.WriteStartObject();
                w.WriteString("group", FeedbackNames.ToId(g.Kind));
                WriteAuthority(w, g);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNormTable(Utf8JsonWriter w, string name, Norms.NormTable? table)
    {
        if (table is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("id", table.Id);
        w.WriteString("name", table.Name);
        w.WriteNumber("sampleSize", table.SampleSize);
        w.WriteEndObject();
    }

    private static void WritePercentiles(Utf8JsonWriter w, FeedbackGroup g)
    {
        if (!g.Indices.Any(i => i.Percentile is not null))
        {
            return;
        }

        w.WriteStartObject("percentiles");
        foreach (var i in g.Indices)
        {
            if (i.Percentile is { } p)
            {
                w.WriteNumber(i.IndexId, p);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteFigures(Utf8JsonWriter w, FeedbackGroup g, FeedbackItemGroup? items)
    {
        WritePercentiles(w, g);
        w.WriteStartObject("overall");
        WriteMean(w, "management", g, IndexIds.Management);
        WriteMean(w, "leadership", g, IndexIds.Leadership);
        WriteMean(w, "orientation", g, IndexIds.Orientation);
        WriteMean(w, "integration", g, IndexIds.Integration);
        w.WriteEndObject();
        w.WriteStartArray("dimensions");
        foreach (var id in DimensionIds(g))
        {
            w.WriteStartObject();
            w.WriteString("dimensionId", id);
            WriteMean(w, "management", g, IndexIds.ForDimension(id, IndexIds.Management));
            WriteMean(w, "leadership", g, IndexIds.ForDimension(id, IndexIds.Leadership));
            WriteMean(w, "orientation", g, IndexIds.ForDimension(id, IndexIds.Orientation));
            WriteMean(w, "integration", g, IndexIds.ForDimension(id, IndexIds.Integration));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("items");
        foreach (var item in items?.Items ?? [])
        {
            w.WriteStartObject();
            w.WriteString("itemId", item.ItemId);
            w.WriteString("text", item.Text);
            JsonOutput.NumberOrNull(w, "mean", item.Mean);
            w.WriteNumber("n", item.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAuthority(Utf8JsonWriter w, FeedbackGroup g)
    {
        w.WriteStartObject("bases");
        foreach (var b in Bases)
        {
            WriteMean(w, PowerBaseNames.ToId(b), g, IndexIds.ForPowerBase(b));
        }

        w.WriteEndObject();
        w.WriteStartObject("sources");
        foreach (var s in Sources)
        {
            WriteMean(w, s.ToString().ToLowerInvariant(), g, IndexIds.ForSource(s));
        }

        w.WriteEndObject();
        WriteMean(w, "followerConferredShare", g, IndexIds.FollowerShare);
    }

    private static void WriteMean(Utf8JsonWriter w, string name, FeedbackGroup g, string indexId)
        => JsonOutput.NumberOrNull(w, name, g.Get(indexId)?.Mean);

    private static void WriteRanked(Utf8JsonWriter w, string name, EquatableArray<FeedbackItemStatistics> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("itemId", item.ItemId);
            w.WriteString("text", item.Text);
            JsonOutput.NumberOrNull(w, "mean", item.Mean);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteItemGaps(Utf8JsonWriter w, string name, EquatableArray<FeedbackItemGap> gaps)
    {
        w.WriteStartArray(name);
        foreach (var gap in gaps)
        {
            w.WriteStartObject();
            w.WriteString("itemId", gap.ItemId);
            w.WriteString("text", gap.Text);
            w.WriteNumber("self", gap.Self);
            w.WriteNumber("others", gap.Others);
            w.WriteNumber("gap", gap.Gap);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
