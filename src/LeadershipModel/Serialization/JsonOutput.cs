using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LeadershipModel.Serialization;

/// <summary>
/// Writes the hand-laid-out formats (profiles, rejections, norm tables) with a <see cref="Utf8JsonWriter"/>: no
/// reflection, text unescaped where JSON allows (as the source-generated formats), numbers at full precision.
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a value with its writer as JSON text; the value must not be null.</summary>
    public static string ToText<T>(T value, Action<Utf8JsonWriter, T> write, bool indented)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a value with its writer as UTF-8 JSON to a stream; neither may be null.</summary>
    public static void ToStream<T>(T value, Stream utf8Json, Action<Utf8JsonWriter, T> write, bool indented)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, Options(indented));
        write(writer, value);
    }

    /// <summary>Writes a number, or <c>null</c> when absent; doubles are written in their shortest round-trip form.</summary>
    public static void NumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void StringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a property holding power-base strengths: <c>"bases": [{"base": "expert", "strength": 0.7}, ...]</c>.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="bases">The strengths, in order.</param>
    public static void PowerBases(Utf8JsonWriter writer, EquatableArray<PowerBaseScore> bases)
    {
        writer.WriteStartArray("bases");
        foreach (var b in bases)
        {
            writer.WriteStartObject();
            writer.WriteString("base", Instruments.PowerBaseNames.ToId(b.Base));
            writer.WriteNumber("strength", b.Strength);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
