using System.Globalization;
using System.Text.Json;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Serialization;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>
/// A batch request body held as UTF-8 bytes and cut into its array elements, so that response sets are read one at a
/// time while the response is written, instead of all at once.
/// </summary>
/// <remarks>Immutable after <see cref="TrySplit"/>; one instance per request.</remarks>
internal sealed class BatchBody
{
    private readonly byte[] _bytes;
    private readonly List<(int Start, int Length)> _elements;
    private readonly JsonReadOptions _options;

    private BatchBody(byte[] bytes, List<(int Start, int Length)> elements, JsonReadOptions options)
    {
        _bytes = bytes;
        _elements = elements;
        _options = options;
    }

    /// <summary>Gets the number of response sets in the batch.</summary>
    public int Count => _elements.Count;

    /// <summary>Cuts a JSON array into its elements, or returns <see langword="null"/> when the body is not a well-formed JSON array.</summary>
    public static BatchBody? TrySplit(MemoryStream body, JsonReadOptions options)
    {
        var bytes = body.GetBuffer();
        var length = (int)body.Length;
        var elements = new List<(int, int)>();
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                elements.Add((start, (int)reader.BytesConsumed - start));
            }

            if (reader.TokenType != JsonTokenType.EndArray || reader.Read())
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return new BatchBody(bytes, elements, options);
    }

    /// <summary>Reads the response set at a position; errors carry the element's JSON path (<c>$[3].answers…</c>).</summary>
    public JsonReadResult<ResponseSet> Read(int index)
    {
        var (start, length) = _elements[index];
        using var slice = new MemoryStream(_bytes, start, length, writable: false);
        return JsonFormats.ResponseSet.Read(slice, _options);
    }

    /// <summary>Reads every element once and returns the problems of those that are not response sets, with their paths in the array.</summary>
    public List<JsonError> Validate()
    {
        var errors = new List<JsonError>();
        for (var i = 0; i < _elements.Count; i++)
        {
            var read = Read(i);
            if (!read.IsSuccess)
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"$[{i}]");
                errors.AddRange(read.Errors.Select(e => e with { Path = prefix + (e.Path.StartsWith('$') ? e.Path[1..] : "." + e.Path) }));
            }
        }

        return errors;
    }
}
