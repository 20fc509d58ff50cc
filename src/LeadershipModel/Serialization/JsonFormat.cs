using System.Text.Json;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// One JSON document kind, such as an instrument or an array of profiles: reads it with every problem reported at
/// once, each with its JSON path, and writes it. The kinds are listed in <see cref="JsonFormats"/>.
/// </summary>
/// <typeparam name="T">The value the document holds.</typeparam>
/// <remarks>
/// <para>A read parses within the limits of <see cref="JsonReadOptions"/> (a stream is read only up to the size
/// limit, never whole), rejects an object that names a property twice, malformed JSON (reported with its line and
/// byte), text that is not UTF-8 and unpaired surrogate escapes, then checks every field and every rule that spans
/// parts. Comments and trailing commas are allowed; a UTF-8 byte order mark is skipped. An invalid document is an
/// expected outcome, so a read returns a <see cref="JsonReadResult{T}"/> and throws only for a null argument, a
/// failing stream or cancellation.</para>
/// <para>Writing uses no reflection (hand-laid-out writers and source-generated metadata), so it is trimming- and
/// AOT-safe; text is written unescaped where JSON allows, and numbers in their shortest round-trip form. A value
/// written and read back equals the original.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class JsonFormat<T>
    where T : notnull
{
    private readonly Func<JsonElement, JsonErrorList, T?> _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    internal JsonFormat(string name, Func<JsonElement, JsonErrorList, T?> read, Action<Utf8JsonWriter, T> write)
    {
        Name = name;
        _read = read;
        _write = write;
    }

    /// <summary>Gets the name of the document kind, such as <c>instrument</c> or <c>profiles</c>.</summary>
    public string Name { get; }

    /// <summary>Reads a document from a JSON string, within the default limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value, or every problem found.</returns>
    public JsonReadResult<T> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads a document from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The value, or every problem found.</returns>
    public JsonReadResult<T> Read(string json, JsonReadOptions options)
    {
        Preconditions.NotNull(json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return Parse(JsonInput.FromString(json, options, errors), options, errors);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read to its end (or to just past the size limit) and not disposed.</param>
    /// <returns>The value, or every problem found.</returns>
    public JsonReadResult<T> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a document from a stream of UTF-8 JSON, up to the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or to just past the size limit) and not disposed.</param>
    /// <param name="options">Size and depth limits.</param>
    /// <returns>The value, or every problem found.</returns>
    public JsonReadResult<T> Read(Stream utf8Json, JsonReadOptions options)
    {
        Preconditions.NotNull(utf8Json);
        Preconditions.NotNull(options);
        var errors = new JsonErrorList();
        return Parse(JsonInput.FromStream(utf8Json, options, errors), options, errors);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON asynchronously, up to the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or to just past the size limit) and not disposed.</param>
    /// <param name="options">Size and depth limits; <see cref="JsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The value, or every problem found.</returns>
    public async Task<JsonReadResult<T>> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        var errors = new JsonErrorList();
        var bytes = await JsonInput.FromStreamAsync(utf8Json, options, errors, cancellationToken).ConfigureAwait(false);
        return Parse(bytes, options, errors);
    }

    /// <summary>Writes a value as JSON text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public string Write(T value, bool indented = true)
        => JsonOutput.ToText(value, _write, indented);

    /// <summary>Writes a value as UTF-8 JSON to a stream.</summary>
    /// <param name="value">The value.</param>
    /// <param name="utf8Json">The stream; flushed, not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public void WriteTo(T value, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(value, utf8Json, _write, indented);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Reads the value at the root of a parsed document; used to compose document kinds.</summary>
    internal T? ReadElement(JsonElement element, JsonErrorList errors) => _read(element, errors);

    /// <summary>Writes the value where the writer stands; used to compose document kinds.</summary>
    internal void WriteElement(Utf8JsonWriter writer, T value) => _write(writer, value);

    private JsonReadResult<T> Parse(byte[]? utf8, JsonReadOptions options, JsonErrorList errors)
    {
        if (utf8 is not null)
        {
            using var document = JsonInput.Parse(utf8, options, errors);
            if (document is not null && _read(document.RootElement, errors) is { } value && errors.Count == 0)
            {
                return JsonReadResult<T>.Success(value);
            }
        }

        return JsonReadResult<T>.Failure(errors.ToArray());
    }
}
