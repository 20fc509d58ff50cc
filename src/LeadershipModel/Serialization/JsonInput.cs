using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LeadershipModel.Serialization;

/// <summary>Parses a document within the size and depth limits, turning malformed JSON into an error with its position.</summary>
internal static class JsonInput
{
    public static byte[]? FromString(string json, JsonReadOptions options, JsonErrorList errors)
    {
        var count = Encoding.UTF8.GetByteCount(json);
        return CheckSize(count, options, errors) ? Encoding.UTF8.GetBytes(json) : null;
    }

    public static byte[]? FromStream(Stream utf8Json, JsonReadOptions options, JsonErrorList errors)
    {
        if (utf8Json.CanSeek && !CheckSize(utf8Json.Length - utf8Json.Position, options, errors))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (!CheckSize(buffer.Length, options, errors))
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    public static async ValueTask<byte[]?> FromStreamAsync(Stream utf8Json, JsonReadOptions options, JsonErrorList errors, CancellationToken cancellationToken)
    {
        if (utf8Json.CanSeek && !CheckSize(utf8Json.Length - utf8Json.Position, options, errors))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8Json.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (!CheckSize(buffer.Length, options, errors))
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, JsonReadOptions options, JsonErrorList errors)
    {
        if (!CheckSize(utf8.Length, options, errors))
        {
            return null;
        }

        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                MaxDepth = options.MaxDepth,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            errors.Add(JsonPaths.Root, JsonErrorCodes.InvalidJson, string.Create(CultureInfo.InvariantCulture, $"Malformed JSON at line {line}, byte {position}: {ex.Message}"));
            return null;
        }
    }

    private static bool CheckSize(long bytes, JsonReadOptions options, JsonErrorList errors)
    {
        if (bytes <= options.MaxDocumentBytes)
        {
            return true;
        }

        errors.Add(JsonPaths.Root, JsonErrorCodes.InvalidJson, string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {options.MaxDocumentBytes} bytes."));
        return false;
    }
}
