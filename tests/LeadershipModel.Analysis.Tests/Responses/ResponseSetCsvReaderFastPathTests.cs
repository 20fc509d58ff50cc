using System.Globalization;
using System.Text;
using CsCheck;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Analysis.Tests.Responses;

/// <summary>
/// Issue 15: the fast path of <see cref="ResponseSetCsvReader"/> for simple rows gives exactly the sets, sources,
/// rejections and counts of the checked path, on the malformed-input corpus and on generated files.
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
        long simple = 0;
        foreach (var file in files)
        {
            // Corpus files are short: with one detection row, their later rows meet the fast path.
            foreach (var (instrument, detection) in new[] { (Version1, 1), (Version1, 100), (CanonicalInstruments.Full, 1) })
            {
                var options = new ResponseSetReadOptions { Csv = CsvReadOptions.Default with { DetectionRows = detection } };
                var check = Outcome(file, instrument, fast: false, out var none, options);
                var fast = Outcome(file, instrument, fast: true, out var taken, options);
                fast.Should().Be(check, $"{Path.GetFileName(file)} read for {instrument.Version} with {detection} detection rows");
                none.Should().Be(0);
                simple += taken;
            }
        }

        simple.Should().BeGreaterThan(0, "the corpus has simple rows past the detection rows");
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
        var check = Outcome(path, CanonicalInstruments.Full, fast: false, out _);
        var fast = Outcome(path, CanonicalInstruments.Full, fast: true, out var taken);

        fast.Should().Be(check);
        taken.Should().Be(300 - CsvReadOptions.Default.DetectionRows);
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
        ];
        var roles = new[] { "self", "peer", "manager", "direct-report", "other", "" };
        var row = Gen.Frequency(
            (10, Gen.Select(Gen.Int[1, 999], Gen.Int[0, 3], Gen.Int[0, roles.Length - 1], Gen.Int[-1, 9].Array[6]).Select((id, target, role, v) =>
                "r" + id.ToString(CultureInfo.InvariantCulture) + "," + (target == 0 ? "" : "t" + target.ToString(CultureInfo.InvariantCulture)) + "," + roles[role] + ","
                + string.Join(',', v.Select(x => x < 0 ? "" : x.ToString(CultureInfo.InvariantCulture))))),
            (1, Gen.Int[0, odd.Length - 1].Select(i => odd[i])));
        Gen.Select(row.Array[1, 60], Gen.Bool, Gen.Bool, Gen.Int[1, 3]).Sample((rows, crlf, defaultRole, detection) =>
        {
            var newline = crlf ? "\r\n" : "\n";
            var path = Write("respondent,target,role," + string.Join(',', items) + newline + string.Join(newline, rows) + newline);
            // Few detection rows, so that most rows meet the fast path.
            var options = new ResponseSetReadOptions { Csv = CsvReadOptions.Default with { DetectionRows = detection, DefaultRole = defaultRole ? RaterRole.Self : null } };
            var check = Outcome(path, CanonicalInstruments.Full, fast: false, out _, options);
            var fast = Outcome(path, CanonicalInstruments.Full, fast: true, out _, options);
            return fast == check;
        }, iter: 400);
    }

    /// <summary>Everything a read gives (sets with sources, rejections, counts), or the exception, as text.</summary>
    private static string Outcome(string path, Instrument instrument, bool fast, out long simpleRows, ResponseSetReadOptions? options = null)
    {
        simpleRows = 0;
        var text = new StringBuilder();
        try
        {
            using var reader = InstrumentResponseReader.OpenCsvFile(path, instrument, options, r => text.Append("callback ").AppendLine(r.Message));
            reader.SimpleRows = fast;
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
        }
        catch (Exception ex) when (ex is CsvFormatException or IOException)
        {
            text.Append(ex.GetType().Name).Append(": ").Append(ex.Message);
        }

        return text.ToString();
    }

    private string Write(string text)
    {
        // CsCheck runs samples on several threads at once: one file each.
        var path = Path.Combine(_dir, "rows-" + Interlocked.Increment(ref _files).ToString(CultureInfo.InvariantCulture) + ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
