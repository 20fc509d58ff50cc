using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LeadershipModel.Campaigns.ScoringApi.Http;

/// <summary>Checks that a stream of bytes is UTF-8 as it arrives, across chunk boundaries, and finds the offset of the first invalid sequence.</summary>
/// <remarks>One instance per body; not thread-safe.</remarks>
internal sealed class Utf8Validator
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private long _offset;

    /// <summary>Gets the byte offset of the first invalid sequence, once one is found.</summary>
    public long? InvalidAt { get; private set; }

    /// <summary>Checks the next bytes.</summary>
    /// <param name="data">The bytes.</param>
    public void Check(ReadOnlySpan<byte> data)
    {
        // A sequence split between two chunks: complete it byte by byte.
        while (InvalidAt is null && _carryLength > 0 && !data.IsEmpty)
        {
            _carry[_carryLength++] = data[0];
            data = data[1..];
            switch (Rune.DecodeFromUtf8(_carry.AsSpan(0, _carryLength), out _, out _))
            {
                case OperationStatus.Done:
                    _offset += _carryLength;
                    _carryLength = 0;
                    break;
                case OperationStatus.InvalidData:
                    InvalidAt = _offset;
                    break;
            }
        }

        if (InvalidAt is not null || data.IsEmpty)
        {
            return;
        }

        if (Utf8.IsValid(data))
        {
            _offset += data.Length;
            return;
        }

        var at = 0;
        while (at < data.Length)
        {
            var status = Rune.DecodeFromUtf8(data[at..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                at += consumed;
            }
            else if (status == OperationStatus.NeedMoreData)
            {
                // The start of a sequence at the end of the chunk: the next chunk completes it.
                data[at..].CopyTo(_carry);
                _carryLength = data.Length - at;
                _offset += at;
                return;
            }
            else
            {
                InvalidAt = _offset + at;
                return;
            }
        }

        _offset += data.Length;
    }

    /// <summary>Ends the stream.</summary>
    /// <returns>The offset of the first invalid sequence, or <see langword="null"/> when every byte was UTF-8.</returns>
    public long? Finish()
    {
        if (InvalidAt is null && _carryLength > 0)
        {
            InvalidAt = _offset;
        }

        return InvalidAt;
    }
}
