using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// A write-only stream to a new file for the large streamed outputs (10,000,000 profiles are some 11 GB of CSV). On
/// Linux it writes whole blocks of <see cref="BlockSize"/> bytes with <c>O_DIRECT</c>, past the page cache, and the
/// last partial block through the page cache; elsewhere, and wherever direct writes are refused, it writes the same
/// blocks through the page cache. The file's bytes are the bytes written, either way.
/// </summary>
/// <remarks>
/// <para>
/// Why: writing through the page cache costs the kernel CPU time that scoring needs. On the 2-core machine of
/// <c>benchmarks/README.md</c>, <c>dd</c> writes 11 GB through the page cache in 38.6 s, all of it system CPU
/// (37.2 s), and with <c>O_DIRECT</c> in 8.7 s with 1.3 s of system CPU.
/// </para>
/// <para>
/// Direct writes need the buffer, the file offset and the length aligned to the device's block size; blocks of
/// 1 MiB from a buffer aligned to 4,096 bytes meet that on every common device. A file system that refuses
/// <c>O_DIRECT</c> (when it is set, or at the first direct write) leaves the stream writing through the page cache.
/// A pipe or a terminal is written in order, as by any stream. <see cref="Flush"/> writes what is held; a partial
/// block then goes through the page cache, after which the stream stays there (a later direct write would be
/// unaligned). Not thread-safe.
/// </para>
/// </remarks>
internal sealed partial class DirectFileStream : Stream
{
    /// <summary>The bytes held before a write: a whole number of 4,096-byte pages.</summary>
    internal const int BlockSize = 1 << 20;

    private const int Alignment = 4096;
    private const int GetStatusFlags = 3;
    private const int SetStatusFlags = 4;

    private readonly FileStream _file;
    private readonly SafeFileHandle _handle;
    private readonly bool _seekable;
    private readonly byte[] _storage;
    private readonly int _start;
    private int _held;
    private long _position;

    private DirectFileStream(FileStream file)
    {
        _file = file;
        _handle = file.SafeFileHandle;
        _seekable = file.CanSeek;

        // A pinned buffer one page longer than a block, used from its first page boundary on.
        _storage = GC.AllocateUninitializedArray<byte>(BlockSize + Alignment, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_storage, 0);
        _start = (int)((Alignment - (address & (Alignment - 1))) & (Alignment - 1));
        IsDirect = _seekable && DirectFlag != 0 && SetDirect(_handle, on: true);
    }

    /// <summary>Gets whether whole blocks currently go past the page cache.</summary>
    internal bool IsDirect { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The <c>O_DIRECT</c> flag of this process's Linux architecture, or 0 where it is not known (no direct writes).</summary>
    private static int DirectFlag { get; } = !OperatingSystem.IsLinux() ? 0 : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => 0,
    };

    /// <summary>Creates (or truncates) a file and opens it for writing, as <see cref="File.Create(string)"/> does.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream; the caller disposes it, which writes what is held.</returns>
    public static DirectFileStream Create(string path)
        => new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0));

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var n = Math.Min(buffer.Length, BlockSize - _held);
            buffer[..n].CopyTo(_storage.AsSpan(_start + _held, n));
            _held += n;
            buffer = buffer[n..];
            if (_held == BlockSize)
            {
                WriteHeld();
            }
        }
    }

    /// <inheritdoc/>
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_held > 0)
        {
            WriteHeld();
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                Flush();
            }
            finally
            {
                _file.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(SafeFileHandle file, int command, int argument);

    /// <summary>Turns <c>O_DIRECT</c> on or off; false when the system refuses.</summary>
    private static bool SetDirect(SafeFileHandle file, bool on)
    {
        var flags = Fcntl(file, GetStatusFlags, 0);
        return flags >= 0 && Fcntl(file, SetStatusFlags, on ? flags | DirectFlag : flags & ~DirectFlag) == 0;
    }

    /// <summary>Writes the held bytes: directly when they are a whole block, else through the page cache.</summary>
    private void WriteHeld()
    {
        var bytes = new ReadOnlySpan<byte>(_storage, _start, _held);
        if (IsDirect && _held != BlockSize)
        {
            // The last (or a flushed) partial block: direct writes end here.
            StopDirect();
        }

        if (!_seekable)
        {
            _file.Write(bytes);
        }
        else if (IsDirect)
        {
            try
            {
                RandomAccess.Write(_handle, bytes, _position);
            }
            catch (IOException)
            {
                // A file system that takes O_DIRECT but not these writes: the same bytes through the page cache (a
                // real failure, such as a full disk, fails again there and surfaces as itself).
                StopDirect();
                RandomAccess.Write(_handle, bytes, _position);
            }
        }
        else
        {
            RandomAccess.Write(_handle, bytes, _position);
        }

        _position += _held;
        _held = 0;
    }

    private void StopDirect()
    {
        SetDirect(_handle, on: false);
        IsDirect = false;
    }
}
