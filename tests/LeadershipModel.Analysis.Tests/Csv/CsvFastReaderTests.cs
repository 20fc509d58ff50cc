using System.Globalization;
using System.Text;
using CsCheck;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Tests.Csv;

/// <summary>
/// Issue 15: the byte-level, parallel fast path of <see cref="ResponseMatrixCsvReader.ReadFile(string, CsvReadOptions?)"/>
/// reads exactly what the checked path reads (bit for bit, on any number of threads), and gives any file it cannot
/// read in full back to the checked path, whose messages then stand.
/// </summary>
public sealed class CsvFastReaderTests : IDisposable
{
    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "corpus", "csv");
    private readonly string _dir = Directory.CreateTempSubdirectory("lm-fastcsv-").FullName;
    private int _files;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void ReadFile_SimpleFile_FastPathOnAnyThreadsEqualsCheckedPathBitForBit(int threads)
    {
        // 40 items: sixteen at a time where all are present, one by one around a missing answer.
        var path = Write("simple.csv", SimpleFile(rows: 5_000, seed: 7, crlf: false, items: 40));

        var check = ResponseMatrixCsvReader.ReadFile(path, null, fastThreads: 0, fastMinBytes: 0);
        var fast = ResponseMatrixCsvReader.ReadFile(path, null, threads, fastMinBytes: 0);

        fast.Matrix.Respondents.Should().BeOfType<CompactRespondents>("the fast path read this file");
        check.Matrix.Respondents.Should().NotBeOfType<CompactRespondents>();
        Digest(fast).Should().Be(Digest(check));
        Bytes(fast.Matrix).Should().Equal(Bytes(check.Matrix));
    }

    [Fact]
    public void ReadFile_CrLfAndNoFinalNewlineAndNoRespondentColumn_FastPathEqualsCheckedPath()
    {
        var text = SimpleFile(rows: 3_000, seed: 11, crlf: true, items: 20).TrimEnd('\n', '\r');
        var noIds = string.Join('\n', text.Split('\n').Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]));
        foreach (var (name, content) in new[] { ("crlf.csv", text), ("noids.csv", noIds) })
        {
            var path = Write(name, content);
            var check = ResponseMatrixCsvReader.ReadFile(path, null, fastThreads: 0, fastMinBytes: 0);
            var fast = ResponseMatrixCsvReader.ReadFile(path, null, 3, fastMinBytes: 0);

            fast.Matrix.Respondents.Should().BeOfType<CompactRespondents>(name);
            Digest(fast).Should().Be(Digest(check), name);
        }
    }

    [Fact]
    public void ReadFile_ItemColumnsInAnotherOrder_FastPathEqualsCheckedPath()
    {
        var path = Write("order.csv", SimpleFile(rows: 2_000, seed: 5, crlf: false, items: 40));
        // q3, q1, q2 out of order, then q4 … q40 in order (read sixteen at a time).
        string[] order = ["q3", "q1", "q2", .. Enumerable.Range(4, 37).Select(i => "q" + i.ToString(CultureInfo.InvariantCulture))];
        var options = new CsvReadOptions { ItemColumns = new EquatableArray<string>(order) };

        var check = ResponseMatrixCsvReader.ReadFile(path, options, fastThreads: 0, fastMinBytes: 0);
        var fast = ResponseMatrixCsvReader.ReadFile(path, options, 2, fastMinBytes: 0);

        fast.Matrix.Respondents.Should().BeOfType<CompactRespondents>();
        Digest(fast).Should().Be(Digest(check));
    }

    [Fact]
    public void ReadFile_QuotedNewlineAcrossAPartBoundary_FallsBackAndReadsTheRecordWhole()
    {
        // A quoted id holding line breaks in the middle of the file, where the parts are cut.
        var lines = SimpleFile(rows: 4_000, seed: 3, crlf: false).Split('\n').ToList();
        lines[2_000] = "\"r\n2\n000\"" + lines[2_000][lines[2_000].IndexOf(',', StringComparison.Ordinal)..];
        var path = Write("quoted.csv", string.Join('\n', lines));

        var check = ResponseMatrixCsvReader.ReadFile(path, null, fastThreads: 0, fastMinBytes: 0);
        var fast = ResponseMatrixCsvReader.ReadFile(path, null, 4, fastMinBytes: 0);

        fast.Matrix.Respondents.Should().NotBeOfType<CompactRespondents>("a quote sends the file to the checked path");
        Digest(fast).Should().Be(Digest(check));
        fast.Matrix.Respondents.Should().Contain(r => r.RespondentId == "r\n2\n000");
        fast.RowsRead.Should().Be(4_000);
    }

    [Fact]
    public void ReadFile_EveryCorpusCsv_FastAndCheckedPathsGiveTheSameOutcome()
    {
        var files = Directory.GetFiles(CorpusRoot, "*.csv");
        files.Should().HaveCountGreaterThan(100);
        foreach (var file in files)
        {
            var check = Outcome(() => ResponseMatrixCsvReader.ReadFile(file, null, fastThreads: 0, fastMinBytes: 0));
            Outcome(() => ResponseMatrixCsvReader.ReadFile(file, null, 1, fastMinBytes: 0)).Should().Be(check, Path.GetFileName(file));
            Outcome(() => ResponseMatrixCsvReader.ReadFile(file, null, 3, fastMinBytes: 0)).Should().Be(check, Path.GetFileName(file));
        }
    }

    [Fact]
    public void ReadFile_RandomRowsSimpleAndNot_FastPathAgreesWithCheckedPath()
    {
        // Mostly simple rows, with now and then a row only the checked path reads (or rejects).
        string[] odd = ["", "# note", "x1,NA,1,2,3,4,5", "x2, 3,1,2,3,4,5", "x3,10,1,2,3,4,5", ",1,2,3,4,5,6", "x5,1,2,3",
            "\"x6\",1,2,3,4,5,6", "\"x\n7\",1,2,3,4,5,6", "é8,1,2,3,4,5,6", "x9,1,2,3,4,5,6\r", "NA,1,2,3,4,5,6", "x 1,1,2,3,4,5,6", "x12,1\r2,3,4,5,6,7"];
        var row = Gen.Frequency(
            (12, Gen.Select(Gen.Int[1, 99_999], Gen.Int[-1, 9].Array[6]).Select((id, v) =>
                "r" + id.ToString(CultureInfo.InvariantCulture) + "," + string.Join(',', v.Select(x => x < 0 ? "" : x.ToString(CultureInfo.InvariantCulture))))),
            (1, Gen.Int[0, odd.Length - 1].Select(i => odd[i])));
        Gen.Select(row.Array[1, 60], Gen.Int[1, 5], Gen.Bool).Sample((rows, threads, finalNewline) =>
        {
            // CsCheck runs samples on several threads at once: one file each.
            var path = Path.Combine(_dir, "random-" + Interlocked.Increment(ref _files).ToString(CultureInfo.InvariantCulture) + ".csv");
            File.WriteAllText(path, "respondent,q1,q2,q3,q4,q5,q6\n" + string.Join('\n', rows) + (finalNewline ? "\n" : ""));
            var check = Outcome(() => ResponseMatrixCsvReader.ReadFile(path, null, fastThreads: 0, fastMinBytes: 0));
            var fast = Outcome(() => ResponseMatrixCsvReader.ReadFile(path, null, threads, fastMinBytes: 0));
            return fast == check;
        }, iter: 300);
    }

    [Fact]
    public void ReadFile_RandomWideRows_BlocksOfAnswersReadAsTheCheckedPathReadsThem()
    {
        // Wide rows exercise the 32-byte blocks: runs of present answers broken by empty ones, the id column first,
        // in the middle or absent, three separators, CRLF, and now and then a field only the checked path takes.
        string[] bad = ["12", "x", " 3", "NA", "-1", "3 "];
        var cell = Gen.Frequency((60, Gen.Int[0, 9].Select(v => v.ToString(CultureInfo.InvariantCulture))), (6, Gen.Const("")), (1, Gen.Int[0, bad.Length - 1].Select(i => bad[i])));
        var shape = Gen.Select(Gen.Int[1, 70], Gen.Int[-1, 70], Gen.Int[0, 2], Gen.Bool);
        var files = Gen.Select(shape, Gen.Int[1, 40], Gen.Int[1, 4]).SelectMany((s, rows, threads) => cell.Array[s.Item1].Array[rows].Select(cells => (s, threads, cells)));
        files.Sample(f =>
        {
            var ((items, idAt, sepKind, crlf), threads, cells) = f;
            var rows = cells.Length;
            var sep = ",;\t"[sepKind];
            var hasId = idAt >= 0 && idAt <= items;
            var names = Enumerable.Range(1, items).Select(i => "q" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            if (hasId)
            {
                names.Insert(idAt, "respondent");
            }

            var text = new StringBuilder(string.Join(sep, names)).Append(crlf ? "\r\n" : "\n");
            var simple = true;
            for (var r = 0; r < rows; r++)
            {
                var fields = cells[r].ToList();
                simple &= fields.All(f => f.Length <= 1 && (f.Length == 0 || char.IsAsciiDigit(f[0])));
                if (hasId)
                {
                    fields.Insert(idAt, "p" + r.ToString(CultureInfo.InvariantCulture));
                }

                var line = string.Join(sep, fields);
                simple &= line.Length > 0; // an empty line is a blank line, which the checked path skips
                text.Append(line).Append(crlf ? "\r\n" : "\n");
            }

            var path = Path.Combine(_dir, "wide-" + Interlocked.Increment(ref _files).ToString(CultureInfo.InvariantCulture) + ".csv");
            File.WriteAllText(path, text.ToString());
            var options = new CsvReadOptions { Separator = sep };
            var check = Outcome(() => ResponseMatrixCsvReader.ReadFile(path, options, fastThreads: 0, fastMinBytes: 0));
            var fastRead = ResponseMatrixCsvReader.ReadFile(path, options, threads, fastMinBytes: 0);
            var fast = Digest(fastRead);
            return fast == check && (!simple || fastRead.Matrix.Respondents is CompactRespondents);
        }, iter: 400);
    }

    [Fact]
    public void ReadFile_SmallFileByDefault_TakesTheCheckedPath()
    {
        var path = Write("small.csv", SimpleFile(rows: 100, seed: 1, crlf: false));

        ResponseMatrixCsvReader.ReadFile(path).Matrix.Respondents.Should().NotBeOfType<CompactRespondents>();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A header and rows of an id and one-digit-or-empty answers (about 3% empty), from a seed.</summary>
    private static string SimpleFile(int rows, int seed, bool crlf, int items = 6)
    {
        var random = new Random(seed);
        var nl = crlf ? "\r\n" : "\n";
        var sb = new StringBuilder("respondent");
        for (var i = 1; i <= items; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $",q{i}");
        }

        sb.Append(nl);
        for (var r = 0; r < rows; r++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"id-{r}.{random.Next(1000)}");
            for (var i = 0; i < items; i++)
            {
                sb.Append(',');
                var v = random.Next(100) < 3 ? -1 : random.Next(10);
                if (v >= 0)
                {
                    sb.Append((char)('0' + v));
                }
            }

            sb.Append(nl);
        }

        return sb.ToString();
    }

    private static string Outcome(Func<CsvReadResult> read)
    {
        try
        {
            return Digest(read());
        }
        catch (CsvFormatException ex)
        {
            return "error: " + ex.Message;
        }
    }

    /// <summary>Everything a read gives, as text: counts, rejections, accepted lines, and every row's metadata and answers.</summary>
    private static string Digest(CsvReadResult result)
    {
        var m = result.Matrix;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"read {result.RowsRead} skipped {result.Skipped} compact {m.IsCompact}\n");
        sb.AppendJoin(',', m.ItemIds).Append('|').AppendJoin(',', m.GroupingColumns).Append('\n');
        foreach (var rejection in result.Rejections)
        {
            sb.Append(rejection.Message).Append('\n');
        }

        sb.AppendJoin(',', result.AcceptedLines).Append('\n');
        var row = new double[m.ItemCount];
        for (var r = 0; r < m.RespondentCount; r++)
        {
            var who = m.Respondents[r];
            m.CopyRow(r, row);
            sb.Append(CultureInfo.InvariantCulture, $"{who.RespondentId}|{who.TargetId}|{who.Role}|{string.Join(',', who.Groups)}|");
            sb.AppendJoin(',', row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        }

        return sb.ToString();
    }

    private static byte[] Bytes(ResponseMatrix m)
    {
        var all = new List<byte>();
        for (var r = 0; r < m.RespondentCount; r++)
        {
            all.AddRange(m.GetByteRow(r).ToArray());
        }

        return [.. all];
    }
}
