using System.Text.Encodings.Web;
using System.Text.Json;
using LeadershipModel.Analysis.Reliability;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Writes reliability results in the documented shape: numbers at full double precision, a figure that cannot be
/// computed as <c>null</c>, a reversed item under its key (<c>-A1</c>) with the reversed item's statistics.
/// </summary>
internal static class ReliabilityJson
{
    public static void Write(TextWriter output, IReadOnlyList<AlphaResult> results, int rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("scales");
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("name", r.Scale.Name);
                json.WriteStartArray("items");
                foreach (var item in r.Scale.Items)
                {
                    json.WriteStringValue(item.Key);
                }

                json.WriteEndArray();
                json.WriteNumber("n", rows);
                if (r.Note is { } note)
                {
                    json.WriteString("note", note);
                }

                Number(json, "rawAlpha", r.RawAlpha);
                Number(json, "stdAlpha", r.StandardizedAlpha);
                Number(json, "g6", r.Lambda6);
                Number(json, "averageR", r.AverageR);
                Number(json, "medianR", r.MedianR);
                Number(json, "signalNoise", r.SignalToNoise);
                Number(json, "ase", r.StandardError);
                Number(json, "alphaLower", r.FeldtLower);
                Number(json, "alphaUpper", r.FeldtUpper);
                Number(json, "mean", r.Mean);
                Number(json, "sd", r.StandardDeviation);
                json.WriteStartArray("itemStats");
                foreach (var item in r.Items)
                {
                    json.WriteStartObject();
                    json.WriteString("item", item.Key);
                    json.WriteNumber("n", item.Count);
                    Number(json, "mean", item.Mean);
                    Number(json, "sd", item.StandardDeviation);
                    Number(json, "rawR", item.RawR);
                    Number(json, "stdR", item.StandardizedR);
                    Number(json, "rDrop", item.RDrop);
                    Number(json, "alphaIfDropped", item.IfDropped.RawAlpha);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            // Utf8JsonWriter writes doubles in their shortest round-trippable form.
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
