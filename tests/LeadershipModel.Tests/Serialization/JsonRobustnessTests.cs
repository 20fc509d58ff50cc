using System.Globalization;
using System.Text;
using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>What the parser lets through is refused with a path, in every document kind (issue 14).</summary>
public sealed class JsonRobustnessTests
{
    [Theory]
    [MemberData(nameof(JsonSamples.Kinds), MemberType = typeof(JsonSamples))]
    public void Read_ValidSample_Succeeds(string kind)
    {
        var (_, json, read) = JsonSamples.Get(kind);

        read(json).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(JsonSamples.Kinds), MemberType = typeof(JsonSamples))]
    public void Read_DuplicateKey_IsAnErrorWithItsPath(string kind)
    {
        var (_, json, _) = JsonSamples.Get(kind);
        var open = json.IndexOf('{', StringComparison.Ordinal);
        var broken = json[..(open + 1)] + "\"extra\":1,\"extra\":2," + json[(open + 1)..];
        var expectedPath = json.StartsWith('[') ? "$[0].extra" : "$.extra";

        var errors = ReadErrors(kind, broken);

        errors.Should().ContainSingle().Which.Should().Be(new JsonError(expectedPath, JsonErrorCodes.DuplicateKey, "The property 'extra' appears more than once in this object; give it once."));
    }

    [Theory]
    [MemberData(nameof(JsonSamples.Kinds), MemberType = typeof(JsonSamples))]
    public void Read_LoneSurrogateEscape_IsAnErrorWithItsPath(string kind)
    {
        var (_, json, _) = JsonSamples.Get(kind);
        var open = json.IndexOf('{', StringComparison.Ordinal);
        var broken = json[..(open + 1)] + "\"extra\":\"a\\ud800b\"," + json[(open + 1)..];

        var errors = ReadErrors(kind, broken);

        errors.Should().ContainSingle().Which.Path.Should().Be(json.StartsWith('[') ? "$[0].extra" : "$.extra");
        errors[0].Code.Should().Be(JsonErrorCodes.InvalidJson);
        errors[0].Message.Should().Contain("unpaired surrogate escape");
    }

    [Fact]
    public void Read_DuplicateKeyDeepInAnInstrument_NamesTheItem()
    {
        var json = JsonFormats.Instrument.Write(TestInstruments.Minimal(), indented: false).Replace("\"text\":", "\"text\":\"x\",\"text\":", StringComparison.Ordinal);

        var result = JsonFormats.Instrument.Read(json);

        result.Errors.Select(e => (e.Path, e.Code)).Should().Contain(("$.items[0].text", JsonErrorCodes.DuplicateKey));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Read_Utf16Stream_IsRefusedAsUtf16(bool bigEndian, bool byteOrderMark)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark);
        var json = JsonFormats.Instrument.Write(TestInstruments.Minimal());
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(json)).ToArray();

        var result = JsonFormats.Instrument.Read(new MemoryStream(bytes));

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("The document is UTF-16 (").And.EndWith("), not UTF-8; save it as UTF-8.");
    }

    [Fact]
    public void Read_InvalidUtf8_NamesTheByteAndItsOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"id\": \"M?ller\"}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFC;

        var result = JsonFormats.Instrument.Read(new MemoryStream(bytes));

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("The document is not valid UTF-8: byte 0xFC at byte offset 10 (line 2) is not part of a UTF-8 character. Save the file as UTF-8.");
    }

    [Fact]
    public void Read_EndlessStream_StopsJustPastTheLimit()
    {
        var options = new JsonReadOptions { MaxDocumentBytes = 100_000 };
        using var endless = new EndlessStream();

        var result = JsonFormats.Instrument.Read(endless, options);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("The document is larger than the limit of 100000 bytes.");
        endless.BytesRead.Should().BeLessThanOrEqualTo(options.MaxDocumentBytes + 81_920, "the stream is read in chunks only until the limit is passed");
    }

    [Theory]
    [InlineData(-1e308, 1e308, "$.scale.min")]
    [InlineData(1, 1e10, "$.scale.max")]
    [InlineData(-2e9, 5, "$.scale.min")]
    public void Read_ScaleBoundBeyondTheLimit_IsAnInvalidScale(double min, double max, string path)
    {
        var scale = string.Create(CultureInfo.InvariantCulture, $"\"scale\":{{\"min\":{min:R},\"max\":{max:R},\"integerOnly\":false}},");
        var json = "{\"id\":\"hand\",\"version\":\"1\",\"name\":\"Hand\"," + scale + "\"items\":[{\"id\":\"q1\",\"text\":\"I decide.\",\"target\":{\"powerBase\":\"legitimate\"}}]}";

        var result = JsonFormats.Instrument.Read(json);

        result.Errors.Should().Contain(e => e.Path == path && e.Code == InstrumentErrorCodes.InvalidScale && e.Message.Contains("Scale bounds must lie within -1,000,000,000 and 1,000,000,000"));
    }

    [Fact]
    public void Create_ScaleBoundBeyondTheLimit_Throws()
    {
        var create = () => ResponseScale.Create(0, 1e308, integerOnly: false);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
        ResponseScale.Create(-1e9, 1e9).Max.Should().Be(1e9);
    }

    private static List<JsonError> ReadErrors(string kind, string json) => kind switch
    {
        "instrument" => [.. JsonFormats.Instrument.Read(json).Errors],
        "response set" => [.. JsonFormats.ResponseSet.Read(json).Errors],
        "response sets" => [.. JsonFormats.ResponseSets.Read(json).Errors],
        "profile" => [.. JsonFormats.Profile.Read(json).Errors],
        "profiles" => [.. JsonFormats.Profiles.Read(json).Errors],
        "rejection" => [.. JsonFormats.Rejection.Read(json).Errors],
        "rejections" => [.. JsonFormats.Rejections.Read(json).Errors],
        "norm table" => [.. JsonFormats.NormTable.Read(json).Errors],
        "batch result" => [.. JsonFormats.BatchScoringResult.Read(json).Errors],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A stream of spaces that never ends, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
