using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>
/// Writes a <see cref="BatchScoringResult"/> as one JSON object, as a web API would return it:
/// <c>{ "scored": N, "rejected": M, "profiles": [...], "rejections": [...] }</c>.
/// </summary>
/// <remarks>
/// <para>The profiles are written as by <see cref="ProfileJson.WriteMany"/> and the rejections as by
/// <see cref="RejectionJson.WriteMany"/>; read them back with <see cref="ProfileJson"/> and
/// <see cref="RejectionJson"/> after taking the arrays apart. <c>scored + rejected</c> is the number of response
/// sets given.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class BatchScoringResultJson
{
    /// <summary>Writes the result as a JSON object.</summary>
    /// <param name="result">The batch result.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(BatchScoringResult result, bool indented = true)
        => JsonOutput.ToText(Preconditions.NotNull(result), WriteObject, indented);

    /// <summary>Writes the result as a UTF-8 JSON object to a stream.</summary>
    /// <param name="result">The batch result.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(BatchScoringResult result, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(Preconditions.NotNull(result), Preconditions.NotNull(utf8Json), WriteObject, indented);

    private static void WriteObject(Utf8JsonWriter w, BatchScoringResult result)
    {
        w.WriteStartObject();
        w.WriteNumber("scored", result.Profiles.Count);
        w.WriteNumber("rejected", result.Rejections.Count);
        w.WritePropertyName("profiles");
        w.WriteStartArray();
        foreach (var profile in result.Profiles)
        {
            ProfileWriter.Write(w, profile, withSchema: false);
        }

        w.WriteEndArray();
        w.WritePropertyName("rejections");
        RejectionWriter.WriteArray(w, result.Rejections, nameof(result));
        w.WriteEndObject();
    }
}
