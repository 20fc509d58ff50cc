using System.Text.Json;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>
/// Cuts a JSON array into the byte ranges of its elements as the bytes arrive, holding only the bytes of the element
/// not yet complete. Well-formedness is checked by <see cref="Utf8JsonReader"/>; the elements themselves are read
/// later by the package's reader.
/// </summary>
/// <remarks>One instance per body; not thread-safe.</remarks>
internal sealed class JsonArraySplitter
{
    private byte[] _pending = new byte[16 * 1024];
    private int _pendingLength;
    private long _pendingStart;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
    private bool _started;
    private bool _ended;
    private bool _failed;

    /// <summary>Gets the elements found so far: their offsets in the body and their lengths.</summary>
    public List<(long Start, int Length)> Elements { get; } = [];

    /// <summary>Takes the next bytes of the body.</summary>
    /// <param name="data">The bytes.</param>
    public void Feed(ReadOnlySpan<byte> data)
    {
        if (_failed)
        {
            return;
        }

        if (_pendingLength + data.Length > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(_pending.Length * 2, _pendingLength + data.Length));
        }

        data.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += data.Length;
        Parse(isFinalBlock: false);
    }

    /// <summary>Ends the body.</summary>
    /// <returns><see langword="true"/> when the body was one well-formed JSON array.</returns>
    public bool Finish()
    {
        if (!_failed)
        {
            Parse(isFinalBlock: true);
        }

        return !_failed && _ended;
    }

    private void Parse(bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(_pending.AsSpan(0, _pendingLength), isFinalBlock, _state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var beforeConsumed = reader.BytesConsumed;
                if (!reader.Read())
                {
                    break;
                }

                if (!_started)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        _failed = true;
                        return;
                    }

                    _started = true;
                }
                else if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
                {
                    _ended = true;
                }
                else
                {
                    var start = reader.TokenStartIndex;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                    {
                        // The element is not complete yet: read it again from its start when more bytes come.
                        _state = before;
                        Keep(beforeConsumed);
                        return;
                    }

                    Elements.Add((_pendingStart + start, (int)(reader.BytesConsumed - start)));
                }

            }
        }
        catch (JsonException)
        {
            _failed = true;
            return;
        }

        if (isFinalBlock && !_ended)
        {
            _failed = true;
        }

        _state = reader.CurrentState;
        Keep(reader.BytesConsumed);
    }

    // Drops the bytes already cut into elements.
    private void Keep(long consumed)
    {
        var n = (int)consumed;
        _pending.AsSpan(n, _pendingLength - n).CopyTo(_pending);
        _pendingLength -= n;
        _pendingStart += n;
    }
}
