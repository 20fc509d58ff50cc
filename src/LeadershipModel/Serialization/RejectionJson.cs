using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads and writes rejected response sets as JSON, one rejection or an array of them (see <see cref="JsonSchemas.Rejection"/>).
/// </summary>
/// <remarks>
/// <para>A rejection is an object with <c>index</c> (the set's zero-based position in its batch or stream),
/// <c>respondentId</c>, <c>targetId</c>, <c>role</c>, <c>instrumentId</c> (each <c>null</c> when unknown; the
/// role <c>self</c> when absent) and <c>reasons</c>, at least one, each with <c>code</c>, <c>message</c>,
/// <c>itemId</c> (or <c>null</c>) and <c>step</c> (<c>validation</c> when absent). A rejection read back equals
/// the one written.</para>
/// <para>A read returns every problem at once, each with its JSON path, such as <c>$[1].reasons[0].code</c>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class RejectionJson
{
    /// <summary>Reads one rejection from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rejection, or every problem found.</returns>
    public static JsonReadResult<Rejection> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads one rejection from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The rejection, or every problem found.</returns>
    public static JsonReadResult<Rejection> Read(string json, JsonReadOptions options)
        => JsonRead.FromString(Preconditions.NotNull(json), Preconditions.NotNull(options), ReadOne);

    /// <summary>Reads one rejection from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <returns>The rejection, or every problem found.</returns>
    public static JsonReadResult<Rejection> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads one rejection from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The rejection, or every problem found.</returns>
    public static JsonReadResult<Rejection> Read(Stream utf8Json, JsonReadOptions options)
        => JsonRead.FromStream(Preconditions.NotNull(utf8Json), Preconditions.NotNull(options), ReadOne);

    /// <summary>Reads an array of rejections from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rejections in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<Rejection>> ReadMany(string json) => ReadMany(json, JsonReadOptions.Default);

    /// <summary>Reads an array of rejections from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The rejections in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<Rejection>> ReadMany(string json, JsonReadOptions options)
        => JsonRead.FromString(Preconditions.NotNull(json), Preconditions.NotNull(options), ReadArray);

    /// <summary>Reads an array of rejections from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <returns>The rejections in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<Rejection>> ReadMany(Stream utf8Json) => ReadMany(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads an array of rejections from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The rejections in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<Rejection>> ReadMany(Stream utf8Json, JsonReadOptions options)
        => JsonRead.FromStream(Preconditions.NotNull(utf8Json), Preconditions.NotNull(options), ReadArray);

    /// <summary>Writes one rejection as a JSON object, with <c>$schema</c> first.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Rejection rejection, bool indented = true)
        => JsonOutput.ToText(Preconditions.NotNull(rejection), static (w, r) => RejectionWriter.Write(w, r, withSchema: true), indented);

    /// <summary>Writes one rejection as a UTF-8 JSON object to a stream, with <c>$schema</c> first.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(Rejection rejection, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(Preconditions.NotNull(rejection), Preconditions.NotNull(utf8Json), static (w, r) => RejectionWriter.Write(w, r, withSchema: true), indented);

    /// <summary>Writes rejections as a JSON array (its elements without <c>$schema</c>).</summary>
    /// <param name="rejections">The rejections, in order.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteMany(IEnumerable<Rejection> rejections, bool indented = true)
        => JsonOutput.ToText(Preconditions.NotNull(rejections), static (w, rs) => RejectionWriter.WriteArray(w, rs, nameof(rejections)), indented);

    /// <summary>Writes rejections as a UTF-8 JSON array to a stream.</summary>
    /// <param name="rejections">The rejections, in order.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteManyTo(IEnumerable<Rejection> rejections, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(Preconditions.NotNull(rejections), Preconditions.NotNull(utf8Json), static (w, rs) => RejectionWriter.WriteArray(w, rs, nameof(rejections)), indented);

    private static Rejection? ReadOne(JsonElement root, JsonErrorList errors) => RejectionReader.ReadOne(root, JsonPaths.Root, errors);

    private static EquatableArray<Rejection> ReadArray(JsonElement root, JsonErrorList errors) => RejectionReader.ReadMany(root, errors) ?? default;
}
