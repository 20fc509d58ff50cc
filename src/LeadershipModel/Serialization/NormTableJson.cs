using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Norms;

namespace LeadershipModel.Serialization;

/// <summary>Reads and writes norm tables as JSON (see <see cref="JsonSchemas.NormTable"/>).</summary>
/// <remarks>
/// <para>A table is an object with <c>$schema</c>, <c>id</c>, <c>name</c>, <c>sampleSize</c> and
/// <c>indices</c>; each index has <c>indexId</c> (see <see cref="IndexIds"/>), <c>sampleSize</c>,
/// <c>mean</c>, <c>standardDeviation</c> and <c>reliability</c> (each <c>null</c> when unknown) and
/// <c>points</c>, an array of objects <c>{ "score": 0.42, "percentile": 37.5 }</c> in ascending order of score.
/// Objects were chosen over <c>[score, percentile]</c> pairs so that every number is named in the file and in
/// error paths.</para>
/// <para>A read checks every rule a <see cref="NormTable"/> has and returns every problem at once, each with
/// its JSON path: points out of order (<c>$.indices[0].points[3].score</c>), a percentile outside 0..100 or
/// lower than the one before, a duplicate <c>indexId</c> (<c>duplicate-id</c>), a negative standard deviation,
/// a reliability outside 0..1, a sample size below 1, no points. A table read back equals the one written.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NormTableJson
{
    /// <summary>Reads a norm table from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The table, or every problem found.</returns>
    public static JsonReadResult<NormTable> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads a norm table from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The table, or every problem found.</returns>
    public static JsonReadResult<NormTable> Read(string json, JsonReadOptions options)
        => JsonRead.FromString(Preconditions.NotNull(json), Preconditions.NotNull(options), NormTableReader.Read);

    /// <summary>Reads a norm table from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <returns>The table, or every problem found.</returns>
    public static JsonReadResult<NormTable> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a norm table from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The table, or every problem found.</returns>
    public static JsonReadResult<NormTable> Read(Stream utf8Json, JsonReadOptions options)
        => JsonRead.FromStream(Preconditions.NotNull(utf8Json), Preconditions.NotNull(options), NormTableReader.Read);

    /// <summary>Writes a norm table as JSON, with <c>$schema</c> first.</summary>
    /// <param name="table">The table.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(NormTable table, bool indented = true)
        => JsonOutput.ToText(Preconditions.NotNull(table), NormTableWriter.Write, indented);

    /// <summary>Writes a norm table as UTF-8 JSON to a stream.</summary>
    /// <param name="table">The table.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(NormTable table, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(Preconditions.NotNull(table), Preconditions.NotNull(utf8Json), NormTableWriter.Write, indented);
}
