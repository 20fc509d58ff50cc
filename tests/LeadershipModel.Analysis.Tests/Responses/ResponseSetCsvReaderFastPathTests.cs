using System.Globalization;
using System.Text;
using CsCheck;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Responses;

/// <summary>
/// Issue 15: the fast paths of <see cref="ResponseSetCsvReader"/> for simple rows (from the parser's fields, and from the
/// bytes until the first row that is not simple) give exactly the sets, sources, rejections and counts of the checked
/// path, on the malformed-input corpus and on generated files.
/// </summary>
public sealed class ResponseSetCsvReaderFastPathTests : IDisposable
{
    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "corpus", "csv");
    private readonly string _dir = Directory.CreateTempSubdirectory("lm-fastsets-").FullName;
    private int _files;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Instrument Version1 => CanonicalInstruments.TryGet(CanonicalInstruments.FullId, CanonicalInstruments.Version1, out var i) ? i : throw new InvalidOperationException();

    [Fact]
    public void ReadAll_MalformedInputCorpus_FastPathEqualsCheckedPath()
    {
        var files = Directory.GetFiles(CorpusRoot, "*.csv").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThan(50, "the corpus is copied next to the tests");
        long simple = 0, fromBytes = 0;
        foreach (var file in files)
        {
            // Corpus files are short: with one detection row, their later rows meet the fast path.
            foreach (var (instrument, detection) in new[] { (Version1, 1), (Version1, 100), (CanonicalInstruments.Full, 1) })
            {
                var options = new ResponseSetReadOptions { Csv = CsvReadOptions.Default with { DetectionRows = detection } };
                var check = Outcome(file, instrument, Path_.Checked, out var none, options);
                var fast = Outcome(file, instrument, Path_.Fields, out var taken, options);
                var bytes = Outcome(file, instrument, Path_.Bytes, out var byBytes, options);
                fast.Should().Be(check, $"{Path.GetFileName(file)} read for {instrument.Version} with {detection} detection rows");
                bytes.Should().Be(check, $"{Path.GetFileName(file)} read from its bytes for {instrument.Version} with {detection} detection rows");
                none.Should().Be(0);
                simple += taken;
                fromBytes += byBytes;
            }
        }

        simple.Should().BeGreaterThan(0, "the corpus has simple rows past the detection rows");
        fromBytes.Should().BeGreaterThan(0, "some corpus files start with simple rows past the detection rows");
    }

    [Theory]
    [InlineData("\n", ",")]
    [InlineData("\r\n", ",")]
    [InlineData("\n", ";")]
    public void ReadAll_SimpleFile_EveryRowPastDetectionTakesTheFastPath(string newline, string separator)
    {
        var items = CanonicalInstruments.Full.Items.Select(i => i.Id).ToList();
        var text = new StringBuilder(string.Join(separator, ["respondent", "target", "role", .. items]) + newline);
        for (var r = 0; r < 300; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"p{r}{separator}{(r % 2 == 0 ? "" : "p" + r)}{separator}self");
            for (var i = 0; i < items.Count; i++)
            {
                text.Append(separator).Append((r + i) % 37 == 0 ? "" : ((r * 7 + i) % 5 + 1).ToString(CultureInfo.InvariantCulture));
            }

            text.Append(newline);
        }

        var path = Write(text.ToString());
        (long Parsed, long Bytes) counts = default;
        var check = Outcome(path, CanonicalInstruments.Full, Path_.Checked, out _);
        var fast = Outcome(path, CanonicalInstruments.Full, Path_.Fields, out var taken);
        var bytes = Outcome(path, CanonicalInstruments.Full, Path_.Bytes, out var byBytes, counts: c => counts = c);

        fast.Should().Be(check);
        bytes.Should().Be(check);
        taken.Should().Be(300 - CsvReadOptions.Default.DetectionRows);
        byBytes.Should().Be(300 - CsvReadOptions.Default.DetectionRows);
        counts.Should().Be((0L, 300L - CsvReadOptions.Default.DetectionRows), "a simple file reaches the parser only for its header and detection rows");
    }

    [Fact]
    public void ReadAll_SimpleFileThenOneOddRow_ParserReadsFromThatRowOn()
    {
        // Past the first block of the byte path: the odd row is handed over with its line, and later simple rows follow it.
        var items = CanonicalInstruments.Full.Items.Select(i => i.Id).ToList();
        var text = new StringBuilder("respondent,role," + string.Join(',', items) + "\n");
        const int Rows = 6000, Odd = 5000;
        for (var r = 0; r < Rows; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"p{r},{(r == Odd ? "\"self\"" : "peer")}");
            for (var i = 0; i < items.Count; i++)
            {
                text.Append(',').Append(((r + i) % 6).ToString(CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        var path = Write(text.ToString());
        new FileInfo(path).Length.Should().BeGreaterThan(2 * (1 << 20), "the rows span blocks of the byte path");
        (long Parsed, long Bytes) counts = default;
        var check = Outcome(path, CanonicalInstruments.Full, Path_.Checked, out _);
        var bytes = Outcome(path, CanonicalInstruments.Full, Path_.Bytes, out var simple, counts: c => counts = c);

        bytes.Should().Be(check);
        counts.Bytes.Should().Be(Odd - CsvReadOptions.Default.DetectionRows);
        counts.Parsed.Should().Be(Rows - Odd);
        simple.Should().Be(Rows - CsvReadOptions.Default.DetectionRows - 1, "rows after the odd one take the parser's fast path");
        check.Should().Contain($"{Path.GetFileName(path)}:{Odd + 2} {Odd} {Odd}:", "the odd row keeps its line");
    }

    [Theory]
    [InlineData("g1,extra")]
    [InlineData("g1,")]
    [InlineData("g1,,")]
    public void ReadAll_LastColumnNotAnItem_ExtraFieldsRejectedAsByTheParser(string lastFields)
    {
        // A grouping column last: its field is where the byte path cannot count on an item to end the line.
        var items = CanonicalInstruments.Full.Items.Take(6).Select(i => i.Id).ToList();
        var text = new StringBuilder("respondent," + string.Join(',', items) + ",team\n");
        for (var r = 0; r < 300; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"p{r},1,2,3,4,5,6,{(r == 250 ? lastFields : "g1")}\n");
        }

        var path = Write(text.ToString());
        var check = Outcome(path, CanonicalInstruments.Full, Path_.Checked, out _);
        check.Should().Contain("expected 8 fields but found", "the parser rejects the row");
        Outcome(path, CanonicalInstruments.Full, Path_.Bytes, out _).Should().Be(check);
    }

    [Fact]
    public void ReadAll_InvalidUtf8DeepInTheFile_SameErrorFromTheBytes()
    {
        var items = CanonicalInstruments.Full.Items.Take(20).Select(i => i.Id).ToList();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("respondent," + string.Join(',', items) + "\r\n"));
        for (var r = 0; r < 40000; r++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes($"p{r}," + string.Join(',', Enumerable.Range(0, items.Count).Select(i => ((r + i) % 5).ToString(CultureInfo.InvariantCulture))) + "\r\n"));
            if (r == 33333)
            {
                bytes.AddRange([(byte)'x', 0xC3, 0x28, (byte)',', (byte)'\r', (byte)'\n']);
            }
        }

        var path = Path.Combine(_dir, "invalid.csv");
        File.WriteAllBytes(path, [.. bytes]);
        var check = Outcome(path, CanonicalInstruments.Full, Path_.Checked, out _);
        var fromBytes = Outcome(path, CanonicalInstruments.Full, Path_.Bytes, out _);

        // The parser decodes ahead, so how many sets come before the error differs; the error does not.
        var error = check[check.IndexOf("CsvFormatException", StringComparison.Ordinal)..];
        error.Should().Contain("byte offset").And.Contain(":33336");
        fromBytes.Should().EndWith(error);
    }

    [Fact]
    public void ReadAll_RandomRowsSimpleAndNot_FastPathEqualsCheckedPath()
    {
        // Six items of the 2.0.0 form; mostly simple rows, now and then one the checked path reads or rejects.
        var items = CanonicalInstruments.Full.Items.Take(6).Select(i => i.Id).ToList();
        string[] odd =
        [
            "", "# note", "   ", ",,,,,,,,", "x1,,self,NA,1,2,3,4,5", "x2,,self, 3,1,2,3,4,5", "x3,,self,10,1,2,3,4,5", ",,self,1,2,3,4,5,6",
            "x5,,self,1,2,3", "\"x6\",,self,1,2,3,4,5,6", "\"x\n7\",,peer,1,2,3,4,5,6", "é8,x,self,1,2,3,4,5,6", "x9,,self,1,2,3,4,5,6\r",
            "NA,,self,1,2,3,4,5,6", "x 1,,self,1,2,3,4,5,6", "x12,,self,1\r2,3,4,5,6,7", "x13,,boss,1,2,3,4,5,6", "x14,,,1,2,3,4,5,6",
            "x15,y,peer,1,2,3,4,5,6,7", "x16,,self,3.5,2,3,4,5,6", "x17, y ,Peer,1,2,3,4,5,6", "x18,\"y,z\",peer,1,2,3,4,5,6", "x19,,self,a,2,3,4,5,6",
            "x20,,self,1,2,3,4,5,\"6", " x21 ,,self,1,2,3,4,5,6", "x22,,self,-1,2,3,4,5,6", "x23,,self,1e0,2,3,4,5,6",
            "x24\t,,self,1,2,3,4,5,6", "x25,,self,\"1\n\n2\",2,3,4,5,6", "\r", "\t", "x27,,self,1,2,3,4,5,6,", "x28,z\u00fc,peer,1,2,3,4,5,6",
            new string('y', 300) + ",,self,1,2,3,4,5,6", "x30,,self,1,2,3,4,5,6\u0001", "x31,,self,1,2,3,4,5,6\u007f", "x32,,self,1,2,3,4,5,12345678901234567890",
        ];
        var roles = new[] { "self", "peer", "manager", "direct-report", "other", "" };
        var row = Gen.Frequency(
            (10, Gen.Select(Gen.Int[1, 999], Gen.Int[0, 3], Gen.Int[0, roles.Length - 1], Gen.Int[-1, 9].Array[6]).Select((id, target, role, v) =>
                "r" + id.ToString(CultureInfo.InvariantCulture) + "," + (target == 0 ? "" : "t" + target.ToString(CultureInfo.InvariantCulture)) + "," + roles[role] + ","
                + string.Join(',', v.Select(x => x < 0 ? "" : x.ToString(CultureInfo.InvariantCulture))))),
            (1, Gen.Int[0, odd.Length - 1].Select(i => odd[i])));
        var separators = new[] { ",", ";", "\t" };
        var fromBytes = new long[6];
        Gen.Select(row.Array[1, 60], Gen.Bool, Gen.Bool, Gen.Int[1, 3], Gen.Bool, Gen.Int[1, 40], Gen.Int[0, 11]).Sample((rows, crlf, defaultRole, detection, lastNewline, chunk, shape) =>
        {
            var (separator, group, reversed) = (shape % 3, shape / 3 % 2 == 1, shape >= 6);
            var newline = crlf ? "\r\n" : "\n";
            // Now and then a grouping column between the items, another separator, or items out of the instrument's order.
            var lines = new[] { "respondent,target,role," + string.Join(',', reversed ? items.AsEnumerable().Reverse() : items) }.Concat(rows)
                .Select((line, r) => group && line.Split(',').Length > 5 ? string.Join(',', line.Split(',') is var f ? [.. f[..5], r == 0 ? "team" : "g" + (r % 3).ToString(CultureInfo.InvariantCulture), .. f[5..]] : f) : line)
                .Select(line => line.Replace(",", separators[separator], StringComparison.Ordinal));
            var text = string.Join(newline, lines) + (lastNewline ? newline : "");
            var path = Write(text);
            // Few detection rows, so that most rows meet the fast path.
            var options = new ResponseSetReadOptions { Csv = CsvReadOptions.Default with { DetectionRows = detection, DefaultRole = defaultRole ? RaterRole.Self : null } };
            var check = Outcome(path, CanonicalInstruments.Full, Path_.Checked, out _, options);
            var fast = Outcome(path, CanonicalInstruments.Full, Path_.Fields, out _, options);
            var bytes = Outcome(path, CanonicalInstruments.Full, Path_.Bytes, out _, options, counts: c => Interlocked.Add(ref fromBytes[separator + (group ? 3 : 0)], c.Bytes));
            // A stream that cannot seek and gives a few bytes at a time.
            var trickle = Outcome(path, CanonicalInstruments.Full, Path_.Bytes, out _, options, trickle: chunk);
            return fast == check && bytes == check && trickle == check;
        }, iter: 400);
        fromBytes.Should().OnlyContain(n => n > 0, "every separator, with and without a grouping column, meets the byte path");
    }

    /// <summary>Which way rows are read.</summary>
    private enum Path_
    {
        /// <summary>Every row by the checked path.</summary>
        Checked,

        /// <summary>Simple rows from the parser's fields.</summary>
        Fields,

        /// <summary>Simple rows from the bytes until the first that is not simple, then as <see cref="Fields"/>.</summary>
        Bytes,
    }

    /// <summary>Everything a read gives (sets with sources, rejections, counts), or the exception, as text.</summary>
    private static string Outcome(string path, Instrument instrument, Path_ way, out long simpleRows, ResponseSetReadOptions? options = null, int trickle = 0, Action<(long Parsed, long Bytes)>? counts = null)
    {
        simpleRows = 0;
        var text = new StringBuilder();
        using var stream = trickle > 0 ? new TrickleStream(File.ReadAllBytes(path), trickle) : null;
        try
        {
            using var reader = stream is null
                ? InstrumentResponseReader.OpenCsvFile(path, instrument, options, r => text.Append("callback ").AppendLine(r.Message))
                : InstrumentResponseReader.OpenCsvStream(stream, Path.GetFileName(path), instrument, options, r => text.Append("callback ").AppendLine(r.Message));
            reader.SimpleRows = way != Path_.Checked;
            reader.ByteRows = way == Path_.Bytes;
            foreach (var set in reader.ReadAll(TestContext.Current.CancellationToken))
            {
                var s = set.ResponseSet;
                text.Append(CultureInfo.InvariantCulture, $"{s.InstrumentId} {s.InstrumentVersion} [{s.RespondentId}] [{s.TargetId}] {s.Role} {set.Source} {set.Source.Row} {set.Source.Index}:");
                foreach (var a in s.Answers)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {a.ItemId}={a.Value?.ToString("R", CultureInfo.InvariantCulture)}");
                }

                text.AppendLine();
            }

            foreach (var r in reader.Rejections)
            {
                text.AppendLine(r.Message);
            }

            text.Append(CultureInfo.InvariantCulture, $"read {reader.RowsRead} sets {reader.SetsRead} rejected {reader.RowsRejected} skipped {reader.RowsSkipped} missing {reader.MissingItemIds.Count}");
            simpleRows = reader.SimpleRowsRead;
            counts?.Invoke((reader.ParsedRecords, reader.ByteRowsRead));
            if (way != Path_.Bytes)
            {
                reader.ByteRowsRead.Should().Be(0);
            }
        }
        catch (Exception ex) when (ex is CsvFormatException or IOException)
        {
            text.Append(ex.GetType().Name).Append(": ").Append(ex.Message);
        }

        return text.ToString();
    }

    /// <summary>Bytes from memory, a few at a time, without seeking.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _at);
            bytes.AsSpan(_at, n).CopyTo(buffer.AsSpan(offset));
            _at += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private string Write(string text)
    {
        // CsCheck runs samples on several threads at once: one file each.
        var path = Path.Combine(_dir, "rows-" + Interlocked.Increment(ref _files).ToString(CultureInfo.InvariantCulture) + ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
