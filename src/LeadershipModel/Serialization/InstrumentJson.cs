using System.Text.Json;
using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// Reads and writes instruments as JSON (see <see cref="JsonSchemas.Instrument"/> for the format).
/// </summary>
/// <remarks>
/// <para>A read checks every field and every rule that spans parts, and returns all problems at once, each an
/// <see cref="InstrumentError"/> with the JSON path of the part at fault, such as
/// <c>$.items[3].target.dimension</c>. Malformed JSON is reported with its line and byte position; documents over
/// the size or depth limits of <see cref="JsonReadOptions"/> are refused. Comments and trailing commas are allowed.</para>
/// <para>Writing uses source-generated serialization only, so it is trimming- and AOT-safe; a written instrument
/// reads back equal to the original.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class InstrumentJson
{
    /// <summary>Reads an instrument from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The instrument, or every problem found.</returns>
    public static JsonReadResult<Instrument> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads an instrument from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The instrument, or every problem found.</returns>
    public static JsonReadResult<Instrument> Read(string json, JsonReadOptions options)
    {
        Preconditions.NotNull(json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return Read(JsonInput.FromString(json, options, errors), options, errors);
    }

    /// <summary>Reads an instrument from a stream of UTF-8 JSON (a byte order mark is allowed), within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <returns>The instrument, or every problem found.</returns>
    public static JsonReadResult<Instrument> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads an instrument from a stream of UTF-8 JSON (a byte order mark is allowed), up to the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The instrument, or every problem found.</returns>
    public static JsonReadResult<Instrument> Read(Stream utf8Json, JsonReadOptions options)
    {
        Preconditions.NotNull(utf8Json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return Read(JsonInput.FromStream(utf8Json, options, errors), options, errors);
    }

    /// <summary>Reads an instrument from a stream of UTF-8 JSON asynchronously, up to the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end and not disposed.</param>
    /// <param name="options">Size and depth limits; <see cref="JsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The instrument, or every problem found.</returns>
    public static async Task<JsonReadResult<Instrument>> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        var errors = new JsonErrorList();
        var bytes = await JsonInput.FromStreamAsync(utf8Json, options, errors, cancellationToken).ConfigureAwait(false);
        return Read(bytes, options, errors);
    }

    /// <summary>Writes an instrument as JSON. Canonical dimensions are written as <c>"dimensions": "canonical"</c>.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Instrument instrument, bool indented = true)
        => JsonSerializer.Serialize(InstrumentDtoMapper.ToDto(Preconditions.NotNull(instrument)), SerializationContext.Info<InstrumentDto>(indented));

    /// <summary>Writes an instrument as UTF-8 JSON to a stream.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="utf8Json">The stream; not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void WriteTo(Instrument instrument, Stream utf8Json, bool indented = true)
        => JsonSerializer.Serialize(Preconditions.NotNull(utf8Json), InstrumentDtoMapper.ToDto(Preconditions.NotNull(instrument)), SerializationContext.Info<InstrumentDto>(indented));

    private static JsonReadResult<Instrument> Read(byte[]? utf8, JsonReadOptions options, JsonErrorList errors)
    {
        if (utf8 is not null)
        {
            using var document = JsonInput.Parse(utf8, options, errors);
            if (document is not null && InstrumentReader.Read(document.RootElement, errors) is { } instrument && errors.Count == 0)
            {
                return JsonReadResult<Instrument>.Success(instrument);
            }
        }

        return JsonReadResult<Instrument>.Failure(errors.ToArray());
    }
}
