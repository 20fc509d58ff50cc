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
    private static readonly JsonSerializerOptions IndentedOptions = Create(indented: true);
    private static readonly JsonSerializerOptions CompactOptions = Create(indented: false);

    /// <summary>Gets the metadata for <typeparamref name="T"/> with the chosen layout; text is written unescaped where JSON allows.</summary>
    public static JsonTypeInfo<T> Info<T>(bool indented)
        => (JsonTypeInfo<T>)(indented ? IndentedOptions : CompactOptions).GetTypeInfo(typeof(T));

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
