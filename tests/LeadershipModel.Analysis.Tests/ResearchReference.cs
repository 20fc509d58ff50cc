using System.Text.Json;

namespace LeadershipModel.Analysis.Tests;

/// <summary>The figures written by Reference/make-research-reference.R (R's stats, multilevel and psych).</summary>
internal static class ResearchReference
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf("research.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static double[] Numbers(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble())];

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
