using System.Text.Json;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// One JSON report kind, such as a feedback report or a change report: a document the library writes from results
/// it computed, with the same <c>Write</c> and <c>WriteTo</c> as <see cref="JsonFormat{T}"/>. The kinds are listed in
/// <see cref="JsonFormats"/>.
/// </summary>
/// <typeparam name="T">The value the report is written from.</typeparam>
/// <remarks>
/// <para>A report is derived data: its figures are recomputed from the response sets (or the scenario and seed)
/// that produced it, so it has no reader; other languages read it with its JSON Schema (<see cref="SchemaId"/>).
/// Document kinds that are inputs as well (instruments, response sets, profiles, norm tables) are
/// <see cref="JsonFormat{T}"/>s.</para>
/// <para>Writing uses no reflection, so it is trimming- and AOT-safe; numbers are written in their shortest
/// round-trip form, and the same value gives the same bytes. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class JsonReportFormat<T>
    where T : notnull
{
    private readonly Action<Utf8JsonWriter, T> _write;

    internal JsonReportFormat(string name, string schemaId, Action<Utf8JsonWriter, T> write)
    {
        Name = name;
        SchemaId = schemaId;
        _write = write;
    }

    /// <summary>Gets the name of the report kind, such as <c>feedback report</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the <c>$id</c> of the report's JSON Schema, one of those in <see cref="JsonSchemas"/>.</summary>
    public string SchemaId { get; }

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="value">The value the report is written from.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public string Write(T value, bool indented = true)
        => JsonOutput.ToText(value, _write, indented);

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    /// <param name="value">The value the report is written from.</param>
    /// <param name="utf8Json">The stream; flushed, not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public void WriteTo(T value, Stream utf8Json, bool indented = true)
        => JsonOutput.ToStream(value, utf8Json, _write, indented);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
