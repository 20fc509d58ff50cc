using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LeadershipModel.Analysis.Matrix;
using Microsoft.Win32.SafeHandles;

namespace LeadershipModel.Analysis.Csv;

/// <summary>
/// The fast path of <see cref="ResponseMatrixCsvReader.ReadFile(string, CsvReadOptions?)"/>: reads a file whose data
/// rows are all simple (a respondent id of printable ASCII, or none, and item fields that are one digit or empty) from
/// its bytes, in parallel over row-aligned parts, straight into compact storage.
/// </summary>
/// <remarks>
/// <para>The file is read twice through windows of 1 MiB per worker (no mapping, so resident memory is the matrix, the
/// ids and a few windows): once to count the lines of each part, once to parse each part into its own rows of the
/// matrix. A part knows its first row from the counts, so the result does not depend on the number of threads.</para>
/// <para>Any row that is not simple (a quote, a blank or comment line, a longer number, <c>NA</c>, white space, bytes
/// outside printable ASCII, the wrong number of fields, a line over 512 KiB) makes the whole read give up and return
/// <see langword="null"/>; the caller then reads the file with the checked path, which gives every message. So the
/// fast path never has to be right about a message, only about a row that has none.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class CsvFastReader
{
    /// <summary>The read window of each worker.</summary>
    private const int Window = 1 << 20;

    /// <summary>The longest line the fast path reads; a longer one goes to the checked path.</summary>
    private const int MaxLine = Window / 2;

    /// <summary>The longest respondent id the fast path reads.</summary>
    private const int MaxId = 256;

    /// <summary>Tells whether a layout can take the fast path: only item columns and at most a respondent column.</summary>
    public static bool Fits(CsvLayout layout)
        => layout.Target < 0 && layout.Role < 0 && layout.Groups.Length == 0
            && layout.Items.Length + (layout.Respondent >= 0 ? 1 : 0) == layout.Names.Length;

    /// <summary>Reads the data rows from <paramref name="dataOffset"/> to the end of the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="dataOffset">The byte offset of the first data row (just after the header's line break).</param>
    /// <param name="firstLine">The 1-based line of the first data row.</param>
    /// <param name="layout">The columns; <see cref="Fits"/> must hold.</param>
    /// <param name="separator">The separator.</param>
    /// <param name="threads">How many threads read parts at once (1 reads the file as one part).</param>
    /// <returns>The result, or <see langword="null"/> when a row is not simple (nothing is kept).</returns>
    public static CsvReadResult? TryRead(string path, long dataOffset, int firstLine, CsvLayout layout, char separator, int threads)
    {
        if (separator > 0x7F || separator is '"' or '\n' or '\r' || (uint)(separator - '0') <= 9)
        {
            return null;
        }

        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(file);
        if (dataOffset >= length)
        {
            return null;
        }

        var map = new int[layout.Names.Length];
        map.AsSpan().Fill(-1);
        for (var i = 0; i < layout.Items.Length; i++)
        {
            map[layout.Items[i]] = i;
        }

        // How many columns from each one on are items in matrix order: 16 of them are read at once.
        var run = new int[map.Length + 1];
        for (var c = map.Length - 1; c >= 0; c--)
        {
            run[c] = map[c] < 0 ? 0 : c + 1 < map.Length && map[c + 1] == map[c] + 1 ? run[c + 1] + 1 : 1;
        }

        var parts = Split(file, dataOffset, length, threads <= 1 ? 1 : threads * 4);
        if (parts is null)
        {
            return null;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };

        // Pass 1: lines per part, hence the first row of each.
        var rows = new long[parts.Length];
        Run(() => Parallel.For(0, parts.Length, options, p => rows[p] = CountLines(file, parts[p].Start, parts[p].End)));
        var first = new long[parts.Length + 1];
        for (var p = 0; p < parts.Length; p++)
        {
            if (rows[p] < 0)
            {
                return null;
            }

            first[p + 1] = first[p] + rows[p];
        }

        var total = first[^1];
        var k = layout.Items.Length;
        if (total == 0 || total > int.MaxValue - firstLine || total * k > Array.MaxLength)
        {
            return null;
        }

        // Pass 2: every part parses its lines into its own rows.
        var bytes = GC.AllocateUninitializedArray<byte>((int)(total * k));
        var hasIds = layout.Respondent >= 0;
        var ends = hasIds ? GC.AllocateUninitializedArray<int>((int)total) : null;
        var ids = new byte[parts.Length][];
        var idLengths = new int[parts.Length];
        var failed = 0;
        Run(() => Parallel.For(0, parts.Length, options, (p, state) =>
        {
            var part = new Part(file, map, run, (byte)separator, k, bytes, ends, first[p]);
            if (!part.Parse(parts[p].Start, parts[p].End, ref failed) || part.Rows != rows[p])
            {
                Volatile.Write(ref failed, 1);
                state.Stop();
                return;
            }

            ids[p] = part.Ids;
            idLengths[p] = part.IdLength;
        }));

        if (failed != 0)
        {
            return null;
        }

        IReadOnlyList<RespondentInfo> respondents;
        if (ends is not null)
        {
            var all = GC.AllocateUninitializedArray<byte>(idLengths.Sum());
            var at = 0;
            for (var p = 0; p < parts.Length; p++)
            {
                ids[p].AsSpan(0, idLengths[p]).CopyTo(all.AsSpan(at));
                for (var r = first[p]; r < first[p + 1]; r++)
                {
                    ends[r] += at;
                }

                at += idLengths[p];
            }

            respondents = new CompactRespondents((int)total, all, ends);
        }
        else
        {
            respondents = new CompactRespondents((int)total, null, null);
        }

        var lines = GC.AllocateUninitializedArray<int>((int)total);
        for (var r = 0; r < lines.Length; r++)
        {
            lines[r] = firstLine + r;
        }

        var itemIds = new EquatableArray<string>(layout.Items.Select(i => layout.Names[i]));
        return new CsvReadResult
        {
            Matrix = new ResponseMatrix(itemIds, default, respondents, bytes, null),
            Rejections = default,
            RowsRead = (int)total,
            Skipped = 0,
            AcceptedLines = new EquatableArray<int>(ImmutableCollectionsMarshal.AsImmutableArray(lines)),
        };
    }

    /// <summary>Runs a parallel loop; an I/O failure in a worker surfaces as itself, as the checked path would throw it, not wrapped.</summary>
    private static void Run(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0 && ex.InnerExceptions[0] is IOException or UnauthorizedAccessException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }

    /// <summary>Cuts the data into about <paramref name="count"/> parts that each start at a line; <see langword="null"/> when a line is too long to find its end.</summary>
    private static (long Start, long End)[]? Split(SafeFileHandle file, long start, long end, int count)
    {
        var cuts = new List<long> { start };
        var probe = new byte[MaxLine];
        for (var p = 1; p < count; p++)
        {
            var at = start + ((end - start) * p / count);
            if (at <= cuts[^1])
            {
                continue;
            }

            var n = ReadFully(file, probe, at, end);
            var nl = probe.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl < 0)
            {
                if (at + n >= end)
                {
                    break;
                }

                return null;
            }

            var cut = at + nl + 1;
            if (cut > cuts[^1] && cut < end)
            {
                cuts.Add(cut);
            }
        }

        cuts.Add(end);
        var parts = new (long, long)[cuts.Count - 1];
        for (var p = 0; p < parts.Length; p++)
        {
            parts[p] = (cuts[p], cuts[p + 1]);
        }

        return parts;
    }

    /// <summary>Counts the lines from <paramref name="start"/> to <paramref name="end"/> (a last line without a line break counts).</summary>
    private static long CountLines(SafeFileHandle file, long start, long end)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Window);
        try
        {
            long lines = 0;
            var last = (byte)'\n';
            for (var at = start; at < end;)
            {
                var n = ReadFully(file, buffer, at, end);
                if (n == 0)
                {
                    return -1;
                }

                var span = buffer.AsSpan(0, n);
                lines += span.Count((byte)'\n');
                last = span[^1];
                at += n;
            }

            return last == '\n' ? lines : lines + 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or <paramref name="end"/> is reached.</summary>
    private static int ReadFully(SafeFileHandle file, Span<byte> buffer, long offset, long end)
    {
        var want = (int)Math.Min(buffer.Length, end - offset);
        var total = 0;
        while (total < want)
        {
            var n = RandomAccess.Read(file, buffer[total..want], offset + total);
            if (n <= 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>One part's parse: its lines into its rows of the matrix, its ids into its own block.</summary>
    private struct Part(SafeFileHandle file, int[] map, int[] run, byte separator, int k, byte[] bytes, int[]? ends, long firstRow)
    {
        public byte[] Ids = ends is null ? [] : new byte[1 << 16];
        public int IdLength;
        public long Rows;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Parse(long start, long end, ref int failed)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Window);
            try
            {
                var carry = 0;
                var at = start;
                while (true)
                {
                    if (Volatile.Read(ref failed) != 0)
                    {
                        return false;
                    }

                    var n = ReadFully(file, buffer.AsSpan(carry), at, end);
                    at += n;
                    var span = buffer.AsSpan(0, carry + n);
                    var done = 0;
                    int nl;
                    while ((nl = span[done..].IndexOf((byte)'\n')) >= 0)
                    {
                        if (!Line(span[done..], nl))
                        {
                            return false;
                        }

                        done += nl + 1;
                    }

                    carry = span.Length - done;
                    if (at >= end || n == 0)
                    {
                        return at >= end && (carry == 0 || Line(span[done..], carry));
                    }

                    if (carry > MaxLine)
                    {
                        return false;
                    }

                    span.Slice(done, carry).CopyTo(buffer);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>
        /// Parses one line into the next row; <see langword="false"/> when it is not simple. <paramref name="text"/>
        /// starts at the line and runs to the end of the bytes read, so that blocks of answers can be loaded whole;
        /// the line is its first <paramref name="length"/> bytes (without the line break).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Line(ReadOnlySpan<byte> text, int length)
        {
            var n = length;
            if (n > 0 && text[n - 1] == '\r')
            {
                n--;
            }

            if (n == 0 || n > MaxLine)
            {
                return false;
            }

            var row = firstRow + Rows;
            var dest = bytes.AsSpan((int)(row * k), k);
            var sep = separator;
            var last = map.Length - 1;
            var fast = Vector128.IsHardwareAccelerated;
            var p = 0;
            for (var c = 0; ; c++)
            {
                var t = map[c];
                if (t < 0)
                {
                    p = Id(text[p..n], p == 0, row, p);
                    if (p < 0)
                    {
                        return false;
                    }
                }
                else
                {
                    var r = run[c];
                    var fields = fast && r >= 2 && p + 32 <= text.Length ? Block(text.Slice(p, 32), Math.Min(r, 16), dest, t, r >= 16) : 0;
                    if (fields > 0)
                    {
                        // Whole fields, each a digit and its separator: the next check finds the last separator.
                        p += (2 * fields) - 1;
                        c += fields - 1;
                    }
                    else if (p < n && text[p] != sep)
                    {
                        var d = (uint)(text[p] - '0');
                        if (d > 9)
                        {
                            return false;
                        }

                        dest[t] = (byte)d;
                        p++;
                    }
                    else
                    {
                        dest[t] = ResponseMatrix.MissingByte;
                    }
                }

                if (c == last)
                {
                    if (p != n)
                    {
                        return false;
                    }

                    break;
                }

                if (p >= n || text[p] != sep)
                {
                    return false;
                }

                p++;
            }

            Rows++;
            return true;
        }

        /// <summary>
        /// Reads the leading run of present answers in 32 bytes at once (a digit, then the separator, up to
        /// <paramref name="most"/> ≤ 16 times): the common case. Returns how many it wrote to
        /// <paramref name="dest"/> from <paramref name="at"/>, each followed by its separator; 0 when the first field
        /// is not a digit and a separator.
        /// </summary>
        /// <remarks>
        /// <para>Two 128-bit vectors, because they are accelerated everywhere .NET runs, the Native AOT tool's baseline
        /// instruction set included (it does not assume AVX2, so 256-bit vectors would take the slow software path).</para>
        /// <para>The line's break (or the end of the bytes read) stops the run, so a block never reads past its line.
        /// When <paramref name="wholeStore"/> is set, the next sixteen positions of <paramref name="dest"/> all belong to
        /// this run of columns, so the block is stored whole and the later fields overwrite what lies past the run.</para>
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly int Block(ReadOnlySpan<byte> text, int most, Span<byte> dest, int at, bool wholeStore)
        {
            var v0 = Vector128.Create(text);
            var v1 = Vector128.Create(text[16..]);
            var zero = Vector128.Create((byte)'0');
            var nine = Vector128.Create((byte)9);
            var sep = Vector128.Create(separator);
            var d0 = v0 - zero;
            var d1 = v1 - zero;
            var seps = Vector128.Equals(v0, sep).ExtractMostSignificantBits() | (Vector128.Equals(v1, sep).ExtractMostSignificantBits() << 16);
            var digits = Vector128.LessThanOrEqual(d0, nine).ExtractMostSignificantBits() | (Vector128.LessThanOrEqual(d1, nine).ExtractMostSignificantBits() << 16);
            var fit = (digits & 0x55555555u) | (seps & 0xAAAAAAAAu);
            var fields = Math.Min(BitOperations.TrailingZeroCount(~fit) / 2, most);
            if (fields == 0)
            {
                return 0;
            }

            var low = Vector128.Create((ushort)0xFF);
            var first = Vector128.Narrow(d0.AsUInt16() & low, d0.AsUInt16() & low).AsUInt64().ToScalar();
            var second = Vector128.Narrow(d1.AsUInt16() & low, d1.AsUInt16() & low).AsUInt64().ToScalar();
            if (wholeStore)
            {
                MemoryMarshal.Write(dest.Slice(at, 8), in first);
                MemoryMarshal.Write(dest.Slice(at + 8, 8), in second);
            }
            else
            {
                // A run's tail: byte by byte (no stack buffer, which would keep this method from being inlined).
                var part = dest.Slice(at, fields);
                for (var i = 0; i < part.Length; i++)
                {
                    part[i] = (byte)((i < 8 ? first : second) >> (8 * (i & 7)));
                }
            }

            return fields;
        }

        /// <summary>Reads a respondent id: printable ASCII other than a quote, not <c>NA</c>, not a comment's <c>#</c> at the start of the line.</summary>
        private int Id(ReadOnlySpan<byte> rest, bool lineStart, long row, int p)
        {
            var len = rest.IndexOf(separator);
            if (len < 0)
            {
                len = rest.Length;
            }

            var id = rest[..len];
            if (len == 0 || len > MaxId || id.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) >= 0 || id.Contains((byte)'"')
                || id.SequenceEqual("NA"u8) || (lineStart && id[0] == '#'))
            {
                return -1;
            }

            if (IdLength + len > Ids.Length)
            {
                if ((long)Ids.Length * 2 > Array.MaxLength)
                {
                    return -1;
                }

                Array.Resize(ref Ids, Math.Max(Ids.Length * 2, IdLength + len));
            }

            id.CopyTo(Ids.AsSpan(IdLength));
            IdLength += len;
            ends![row] = IdLength;
            return p + len;
        }
    }
}
