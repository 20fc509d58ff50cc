using System.Globalization;
using System.Text;
using CsCheck;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Tests.Csv;

/// <summary>
/// Issue 14: random bytes and random mutations of valid files never make the CSV readers throw anything but
/// <see cref="CsvFormatException"/>, and what they read adds up. Bounded in CI; set LEADERSHIP_FUZZ_CASES for more.
/// </summary>
public sealed class CsvFuzzTests
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("LEADERSHIP_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;

    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(
        "respondent,target,role,A1,A2,A3,note\nr1,,self,1,2,3,\"a, b\"\nr2,r1,peer,4,,5,x\n# c\n\nr3,r1,manager,2.5,NA,1,\"q\"\"q\"\n");

    private static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 2048];

    private static readonly byte[] Specials = "\",;\n\r# x7"u8.ToArray().Concat(new byte[] { 0xC3, 0xA9, 0xFF, 0xFE, 0 }).ToArray();

    private static readonly Gen<byte[]> Mutated =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]))
            .Array[1, 12]
            .Select(edits =>
            {
                var bytes = new List<byte>(Valid);
                foreach (var (kind, at, value) in edits)
                {
                    var i = bytes.Count == 0 ? 0 : at % bytes.Count;
                    switch (kind)
                    {
                        case 0: bytes.Insert(i, value); break;
                        case 1 when bytes.Count > 0: bytes.RemoveAt(i); break;
                        case 2 when bytes.Count > 0: bytes[i] = value; break;
                    }
                }

                return bytes.ToArray();
            });

    [Fact]
    public void ReadStream_RandomBytes_ThrowsOnlyCsvFormatExceptionAndAddsUp() => RandomBytes.Sample(Check, iter: Cases);

    [Fact]
    public void ReadStream_MutatedValidFile_ThrowsOnlyCsvFormatExceptionAndAddsUp() => Mutated.Sample(Check, iter: Cases);

    [Fact]
    public void OpenCsvStream_MutatedValidFile_ThrowsOnlyCsvFormatExceptionAndAddsUp() => Mutated.Sample(bytes =>
    {
        var instrument = CanonicalInstruments.Short;
        var header = "respondent,role," + string.Join(',', instrument.Items.Take(3).Select(i => i.Id)) + "\n";
        var text = Encoding.UTF8.GetBytes(header).Concat(bytes.SkipWhile(b => b != (byte)'\n').Skip(1)).ToArray();
        try
        {
            using var reader = InstrumentResponseReader.OpenCsvStream(new MemoryStream(text), "fuzz.csv", instrument, new ResponseSetReadOptions { IgnoreUnknownItemColumns = true });
            var sets = reader.ReadAll().Count();
            sets.Should().Be((int)reader.SetsRead);
            reader.RowsRead.Should().Be(reader.SetsRead + reader.RowsRejected);
        }
        catch (CsvFormatException e)
        {
            e.Message.Should().StartWith("fuzz.csv");
        }
    }, iter: Cases);

    private static void Check(byte[] bytes)
    {
        try
        {
            var r = ResponseMatrixCsvReader.ReadStream(new MemoryStream(bytes), "fuzz.csv");
            r.RowsRead.Should().Be(r.Accepted + r.Rejected);
            r.Skipped.Should().BeGreaterThanOrEqualTo(0);
            r.Rejections.Where(x => x.Line < 1 || x.Reason.Any(char.IsControl)).Should().BeEmpty("every rejection has a line and shows control characters escaped");
        }
        catch (CsvFormatException e)
        {
            e.Message.Should().StartWith("fuzz.csv");
        }
    }
}
