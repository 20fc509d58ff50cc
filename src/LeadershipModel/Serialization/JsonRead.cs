using System.Text.Json;

namespace LeadershipModel.Serialization;

/// <summary>Turns input bytes into a <see cref="JsonReadResult{T}"/>: parse within the limits, read, and fail with every problem found.</summary>
internal static class JsonRead
{
    public static JsonReadResult<T> Run<T>(byte[]? utf8, JsonReadOptions options, JsonErrorList errors, Func<JsonElement, JsonErrorList, T?> read)
        where T : notnull
    {
        if (utf8 is not null)
        {
            using var document = JsonInput.Parse(utf8, options, errors);
            if (document is not null && read(document.RootElement, errors) is { } value && errors.Count == 0)
            {
                return JsonReadResult<T>.Success(value);
            }
        }

        return JsonReadResult<T>.Failure(errors.ToArray());
    }

    public static JsonReadResult<T> FromString<T>(string json, JsonReadOptions options, Func<JsonElement, JsonErrorList, T?> read)
        where T : notnull
    {
        var errors = new JsonErrorList();
        return Run(JsonInput.FromString(json, options, errors), options, errors, read);
    }

    public static JsonReadResult<T> FromStream<T>(Stream utf8Json, JsonReadOptions options, Func<JsonElement, JsonErrorList, T?> read)
        where T : notnull
    {
        var errors = new JsonErrorList();
        return Run(JsonInput.FromStream(utf8Json, options, errors), options, errors, read);
    }
}
