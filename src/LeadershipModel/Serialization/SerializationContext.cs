using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LeadershipModel.Serialization;

/// <summary>The source-generated serializer metadata for the JSON formats; no reflection is used.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(InstrumentDto))]
[JsonSerializable(typeof(List<DimensionDto>))]
[JsonSerializable(typeof(ResponseSetDto))]
[JsonSerializable(typeof(List<ResponseSetDto>))]
internal sealed partial class SerializationContext : JsonSerializerContext
{
    /// <summary>Gets the metadata for <typeparamref name="T"/> with the chosen layout; text is written unescaped where JSON allows.</summary>
    public static JsonTypeInfo<T> Info<T>(bool indented)
        => (JsonTypeInfo<T>)(indented ? Layouts.Indented : Layouts.Compact).GetTypeInfo(typeof(T));

    /// <summary>Holds the options apart from the generated statics, whose initialization order across partial files is not defined.</summary>
    private static class Layouts
    {
        public static readonly JsonSerializerOptions Indented = Create(indented: true);
        public static readonly JsonSerializerOptions Compact = Create(indented: false);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
