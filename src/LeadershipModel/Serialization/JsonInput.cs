using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

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
        using var buffer = new LimitedBuffer(utf8Json, options, errors);
        while (buffer.IsOpen && buffer.Accepts(utf8Json.Read(buffer.Chunk, 0, buffer.Chunk.Length)))
        {
        }

        return buffer.Result();
    }

    public static async ValueTask<byte[]?> FromStreamAsync(Stream utf8Json, JsonReadOptions options, JsonErrorList errors, CancellationToken cancellationToken)
    {
        using var buffer = new LimitedBuffer(utf8Json, options, errors);
        while (buffer.IsOpen && buffer.Accepts(await utf8Json.ReadAsync(buffer.Chunk.AsMemory(), cancellationToken).ConfigureAwait(false)))
        {
        }

        return buffer.Result();
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
        else if (Utf16Hint(utf8.Span) is { } hint)
        {
            errors.Add(JsonPaths.Root, JsonErrorCodes.InvalidJson, $"The document is UTF-16 ({hint}), not UTF-8; save it as UTF-8.");
            return null;
        }

        if (!Utf8.IsValid(utf8.Span))
        {
            errors.Add(JsonPaths.Root, JsonErrorCodes.InvalidJson, InvalidUtf8(utf8.Span));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions
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

        if (JsonDocumentCheck.IsClean(document.RootElement, errors))
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>Describes the first byte that is not UTF-8, with its offset and line.</summary>
    private static string InvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        var line = 1;
        while (Rune.DecodeFromUtf8(utf8[offset..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            line += rune.Value == '\n' ? 1 : 0;
            offset += consumed;
        }

        return string.Create(CultureInfo.InvariantCulture, $"The document is not valid UTF-8: byte 0x{utf8[offset]:X2} at byte offset {offset} (line {line}) is not part of a UTF-8 character. Save the file as UTF-8.");
    }

    /// <summary>Names the sign of UTF-16 text: a byte order mark, or a zero byte beside each ASCII character at the start.</summary>
    private static string? Utf16Hint(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return string.Create(CultureInfo.InvariantCulture, $"byte order mark {utf8[0]:X2} {utf8[1]:X2} at byte 0");
        }

        return utf8.Length >= 2 && ((utf8[0] == 0 && utf8[1] != 0) || (utf8[0] != 0 && utf8[1] == 0))
            ? "a zero byte at byte " + (utf8[0] == 0 ? "0" : "1")
            : null;
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

    /// <summary>Collects a stream's bytes chunk by chunk and stops as soon as they pass the size limit, so an endless stream is never read whole.</summary>
    private sealed class LimitedBuffer : IDisposable
    {
        private readonly MemoryStream _bytes = new();
        private readonly JsonReadOptions _options;
        private readonly JsonErrorList _errors;
        private bool _tooLarge;

        public LimitedBuffer(Stream stream, JsonReadOptions options, JsonErrorList errors)
        {
            _options = options;
            _errors = errors;
            _tooLarge = stream.CanSeek && !CheckSize(stream.Length - stream.Position, options, errors);
            IsOpen = !_tooLarge;
        }

        public byte[] Chunk { get; } = new byte[81920];

        public bool IsOpen { get; private set; }

        /// <summary>Adds what was read; <see langword="false"/> at the end of the stream or past the limit.</summary>
        public bool Accepts(int read)
        {
            if (read <= 0)
            {
                IsOpen = false;
                return false;
            }

            _bytes.Write(Chunk, 0, read);
            _tooLarge = !CheckSize(_bytes.Length, _options, _errors);
            IsOpen = !_tooLarge;
            return IsOpen;
        }

        public byte[]? Result() => _tooLarge ? null : _bytes.ToArray();

        public void Dispose() => _bytes.Dispose();
    }
}
