using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads and writes scored profiles as JSON, one profile or an array of them (see <see cref="JsonSchemas.Profile"/>).
/// </summary>
/// <remarks>
/// <para>A profile is an object with <c>respondentId</c>, <c>targetId</c>, <c>role</c>, <c>dimensions</c>,
/// <c>overall</c>, <c>authority</c>, <c>constructs</c>, <c>scales</c>, <c>norms</c>, <c>diagnostics</c>,
/// <c>extensions</c> and <c>provenance</c>, in camelCase. Absent values are written as <c>null</c>, never as a
/// made-up number; numbers are written in their shortest form that reads back to the same <see cref="double"/>.
/// Scale targets are written as their keys (<c>control-influence/management</c>, <c>control-influence</c> for a
/// bipolar scale, <c>base/referent</c>, <c>construct/psychological-safety</c>).</para>
/// <para>Derived values (a dimension's <c>orientation</c>, <c>integration</c>, <c>quadrant</c> and
/// <c>isWeak</c>, and <c>diagnostics.answeredShare</c>) are written for readers of the JSON; on reading they are
/// checked for type and then recomputed from the stored values. A profile read back equals the one written,
/// except for <see cref="LeadershipProfile.Extensions"/>: strings, booleans, <see langword="null"/> and
/// <see cref="double"/> values round-trip exactly; other numbers are written as numbers and read back as
/// <see cref="double"/>; any other value is written as its invariant-culture text (<see cref="IFormattable"/>,
/// else <see cref="object.ToString"/>) and read back as that string.</para>
/// <para>A read returns every problem at once, each with its JSON path, such as
/// <c>$[2].dimensions[0].managementScale.itemsAnswered</c>. For many profiles written incrementally, use
/// <see cref="ProfileJsonWriter"/>; its output equals <see cref="WriteMany"/>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ProfileJson
{
    /// <summary>Reads one profile from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profile, or every problem found.</returns>
    public static JsonReadResult<LeadershipProfile> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads one profile from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The profile, or every problem found.</returns>
    public static JsonReadResult<LeadershipProfile> Read(string json, JsonReadOptions options)
        => JsonRead.FromString(Preconditions.NotNull(json), Preconditions.NotNull(options), ReadOne);

    /// <summary>Reads one profile from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <returns>The profile, or every problem found.</returns>
    public static JsonReadResult<LeadershipProfile> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads one profile from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The profile, or every problem found.</returns>
    public static JsonReadResult<LeadershipProfile> Read(Stream utf8Json, JsonReadOptions options)
        => JsonRead.FromStream(Preconditions.NotNull(utf8Json), Preconditions.NotNull(options), ReadOne);

    /// <summary>Reads an array of profiles from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profiles in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<LeadershipProfile>> ReadMany(string json) => ReadMany(json, JsonReadOptions.Default);

    /// <summary>Reads an array of profiles from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits; raise <see cref="JsonReadOptions.MaxDocumentBytes"/> for large files.</param>
    /// <returns>The profiles in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<LeadershipProfile>> ReadMany(string json, JsonReadOptions options)
        => JsonRead.FromString(Preconditions.NotNull(json), Preconditions.NotNull(options), ReadArray);

    /// <summary>Reads an array of profiles from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <returns>The profiles in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<LeadershipProfile>> ReadMany(Stream utf8Json) => ReadMany(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads an array of profiles from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits; raise <see cref="JsonReadOptions.MaxDocumentBytes"/> for large files.</param>
    /// <returns>The profiles in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<LeadershipProfile>> ReadMany(Stream utf8Json, JsonReadOptions options)
        => JsonRead.FromStream(Preconditions.NotNull(utf8Json), Preconditions.NotNull(options), ReadArray);

    /// <summary>Writes one profile as a JSON object, with <c>$schema</c> first.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(LeadershipProfile profile, bool indented = true)
        => JsonOutput.ToText(Preconditions.NotNull(profile), static (w, p) => ProfileWriter.Write(w, p, withSchema: true), indented);

    /// <summary>Writes one profile as a UTF-8 JSON object to a stream, with <c>$schema</c> first.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(LeadershipProfile profile, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(Preconditions.NotNull(profile), Preconditions.NotNull(utf8Json), static (w, p) => ProfileWriter.Write(w, p, withSchema: true), indented);

    /// <summary>Writes profiles as a JSON array (its elements without <c>$schema</c>).</summary>
    /// <param name="profiles">The profiles, in order.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteMany(IEnumerable<LeadershipProfile> profiles, bool indented = true)
        => JsonOutput.ToText(Preconditions.NotNull(profiles), static (w, ps) => WriteArray(w, ps), indented);

    /// <summary>Writes profiles as a UTF-8 JSON array to a stream, one profile at a time; the same text as <see cref="WriteMany"/>.</summary>
    /// <param name="profiles">The profiles, in order; enumerated once.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteManyTo(IEnumerable<LeadershipProfile> profiles, Stream utf8Json, bool indented = true)
    {
        Preconditions.NotNull(profiles);
        using var writer = new ProfileJsonWriter(Preconditions.NotNull(utf8Json), indented);
        foreach (var profile in profiles)
        {
            writer.Write(Preconditions.NotNull(profile, nameof(profiles)));
        }

        writer.Complete();
    }

    private static void WriteArray(Utf8JsonWriter w, IEnumerable<LeadershipProfile> profiles)
    {
        w.WriteStartArray();
        foreach (var profile in profiles)
        {
            ProfileWriter.Write(w, Preconditions.NotNull(profile, nameof(profiles)), withSchema: false);
        }

        w.WriteEndArray();
    }

    private static LeadershipProfile? ReadOne(JsonElement root, JsonErrorList errors) => ProfileReader.ReadOne(root, JsonPaths.Root, errors);

    private static EquatableArray<LeadershipProfile> ReadArray(JsonElement root, JsonErrorList errors) => ProfileReader.ReadMany(root, errors) ?? default;
}
