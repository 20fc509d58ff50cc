using System.Text.Json;
using LeadershipModel.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Serialization;

/// <summary>
/// Writes profiles as one JSON array, incrementally: each <see cref="Write"/> adds one element and the output is
/// flushed to the stream every 64 KiB, so that millions of profiles can be written in constant memory.
/// </summary>
/// <remarks>
/// <para>The array is opened when the writer is created and closed by <see cref="Complete"/> (or by disposing
/// the writer after successful writes). The text equals <see cref="JsonFormats.Profiles"/> for the same
/// profiles and layout.</para>
/// <para>Over a <see cref="Utf8JsonWriter"/> the array is written where the caller's writer stands (for example
/// as the value of a property), and that writer is flushed but not disposed.</para>
/// <para>An instance is not thread-safe: write from one thread at a time.</para>
/// </remarks>
public sealed class ProfileJsonWriter : IDisposable, IAsyncDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Utf8JsonWriter _writer;
    private readonly bool _ownsWriter;
    private bool _completed;
    private bool _faulted;
    private bool _disposed;

    /// <summary>Initializes a writer that writes UTF-8 JSON to a stream, and opens the array.</summary>
    /// <param name="utf8Json">The stream; flushed but not disposed.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public ProfileJsonWriter(Stream utf8Json, bool indented = true)
        : this(new Utf8JsonWriter(Preconditions.NotNull(utf8Json), JsonOutput.Options(indented)), ownsWriter: true)
    {
    }

    /// <summary>Initializes a writer that writes into a caller's <see cref="Utf8JsonWriter"/>, and opens the array there.</summary>
    /// <param name="writer">The JSON writer, positioned where a value may be written; not disposed.</param>
    public ProfileJsonWriter(Utf8JsonWriter writer)
        : this(Preconditions.NotNull(writer), ownsWriter: false)
    {
    }

    private ProfileJsonWriter(Utf8JsonWriter writer, bool ownsWriter)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _writer.WriteStartArray();
    }

    /// <summary>Gets the number of profiles written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one profile as the next element of the array.</summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="InvalidOperationException">The array is already complete.</exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public void Write(LeadershipProfile profile)
    {
        WriteElement(profile);
        if (_writer.BytesPending >= FlushThreshold)
        {
            _writer.Flush();
        }
    }

    /// <summary>Writes one profile as the next element of the array, flushing asynchronously when enough is buffered.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the profile is written (or buffered).</returns>
    /// <exception cref="InvalidOperationException">The array is already complete.</exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public async ValueTask WriteAsync(LeadershipProfile profile, CancellationToken cancellationToken = default)
    {
        WriteElement(profile);
        if (_writer.BytesPending >= FlushThreshold)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes the array and flushes; calling it again does nothing.</summary>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public void Complete()
    {
        if (CloseArray())
        {
            _writer.Flush();
        }
    }

    /// <summary>Closes the array and flushes asynchronously; calling it again does nothing.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the output is flushed.</returns>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (CloseArray())
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes the array (unless a write failed), flushes, and releases the writer it created.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (!_faulted)
        {
            Complete();
        }

        _disposed = true;
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }

    /// <summary>Completes the array (unless a write failed), flushes asynchronously, and releases the writer it created.</summary>
    /// <returns>A task that completes when the writer is disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (!_faulted)
        {
            await CompleteAsync().ConfigureAwait(false);
        }

        _disposed = true;
        if (_ownsWriter)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteElement(LeadershipProfile profile)
    {
        Preconditions.NotNull(profile);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The array is already complete; no more profiles can be written.");
        }

        try
        {
            ProfileWriter.Write(_writer, profile, withSchema: false);
        }
        catch
        {
            _faulted = true;
            throw;
        }

        Count++;
    }

    private bool CloseArray()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            return false;
        }

        _completed = true;
        _writer.WriteEndArray();
        return true;
    }
}
