using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads and writes response sets as JSON, one set or an array of sets (see <see cref="JsonSchemas.ResponseSet"/>).
/// </summary>
/// <remarks>
/// <para>A set is an object with <c>instrumentId</c>, <c>instrumentVersion</c>, <c>respondentId</c>, an optional
/// <c>targetId</c>, a <c>role</c> (<c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c> or <c>other</c>;
/// <c>self</c> when absent) and <c>answers</c>, an object of item id to value, <c>null</c> for a skipped item.
/// An optional <c>comments</c> object holds free-text answers by open-question id.
/// Whether the answers fit an instrument is decided by the scoring engine, not here.</para>
/// <para>A read returns every problem at once, each with its JSON path, such as <c>$[2].answers['CI-M1']</c>.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ResponseSetJson
{
    /// <summary>Reads one response set from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The response set, or every problem found.</returns>
    public static JsonReadResult<ResponseSet> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads one response set from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The response set, or every problem found.</returns>
    public static JsonReadResult<ResponseSet> Read(string json, JsonReadOptions options)
    {
        Preconditions.NotNull(json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return ReadOne(JsonInput.FromString(json, options, errors), options, errors);
    }

    /// <summary>Reads one response set from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; read to its end and not disposed.</param>
    /// <returns>The response set, or every problem found.</returns>
    public static JsonReadResult<ResponseSet> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads one response set from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The response set, or every problem found.</returns>
    public static JsonReadResult<ResponseSet> Read(Stream utf8Json, JsonReadOptions options)
    {
        Preconditions.NotNull(utf8Json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return ReadOne(JsonInput.FromStream(utf8Json, options, errors), options, errors);
    }

    /// <summary>Reads an array of response sets from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The response sets in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<ResponseSet>> ReadMany(string json) => ReadMany(json, JsonReadOptions.Default);

    /// <summary>Reads an array of response sets from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The response sets in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<ResponseSet>> ReadMany(string json, JsonReadOptions options)
    {
        Preconditions.NotNull(json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return ReadMany(JsonInput.FromString(json, options, errors), options, errors);
    }

    /// <summary>Reads an array of response sets from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; read to its end and not disposed.</param>
    /// <returns>The response sets in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<ResponseSet>> ReadMany(Stream utf8Json) => ReadMany(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads an array of response sets from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The response sets in order, or every problem found in any of them.</returns>
    public static JsonReadResult<EquatableArray<ResponseSet>> ReadMany(Stream utf8Json, JsonReadOptions options)
    {
        Preconditions.NotNull(utf8Json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return ReadMany(JsonInput.FromStream(utf8Json, options, errors), options, errors);
    }

    /// <summary>Writes one response set as a JSON object.</summary>
    /// <param name="responseSet">The response set.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ResponseSet responseSet, bool indented = true)
        => JsonSerializer.Serialize(ToDto(Preconditions.NotNull(responseSet), JsonSchemas.ResponseSetSchemaId), SerializationContext.Info<ResponseSetDto>(indented));

    /// <summary>Writes response sets as a JSON array.</summary>
    /// <param name="responseSets">The response sets, in order.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string WriteMany(IEnumerable<ResponseSet> responseSets, bool indented = true)
        => JsonSerializer.Serialize(Preconditions.NotNull(responseSets).Select(s => ToDto(Preconditions.NotNull(s, nameof(responseSets)), null)).ToList(), SerializationContext.Info<List<ResponseSetDto>>(indented));

    private static ResponseSetDto ToDto(ResponseSet set, string? schema) => new()
    {
        Schema = schema,
        InstrumentId = set.InstrumentId,
        InstrumentVersion = set.InstrumentVersion,
        RespondentId = set.RespondentId,
        TargetId = set.TargetId,
        Role = RaterRoles.ToId(set.Role),
        Answers = set.Answers,
        Comments = set.Comments.Count == 0 ? null : set.Comments.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal),
    };

    private static JsonReadResult<ResponseSet> ReadOne(byte[]? utf8, JsonReadOptions options, JsonErrorList errors)
    {
        if (utf8 is not null)
        {
            using var document = JsonInput.Parse(utf8, options, errors);
            if (document is not null && ResponseSetReader.ReadOne(document.RootElement, JsonPaths.Root, errors) is { } set && errors.Count == 0)
            {
                return JsonReadResult<ResponseSet>.Success(set);
            }
        }

        return JsonReadResult<ResponseSet>.Failure(errors.ToArray());
    }

    private static JsonReadResult<EquatableArray<ResponseSet>> ReadMany(byte[]? utf8, JsonReadOptions options, JsonErrorList errors)
    {
        if (utf8 is not null)
        {
            using var document = JsonInput.Parse(utf8, options, errors);
            if (document is not null && ResponseSetReader.ReadMany(document.RootElement, errors) is { } sets && errors.Count == 0)
            {
                return JsonReadResult<EquatableArray<ResponseSet>>.Success(sets);
            }
        }

        return JsonReadResult<EquatableArray<ResponseSet>>.Failure(errors.ToArray());
    }
}
