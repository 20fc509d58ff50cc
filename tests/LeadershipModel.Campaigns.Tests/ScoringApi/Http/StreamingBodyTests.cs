using System.Buffers;
using System.Text;
using CsCheck;
using LeadershipModel.Campaigns.ScoringApi.Http;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Http;

/// <summary>The batch body is checked as it arrives: however it is cut into chunks, the answers equal those for the whole body.</summary>
public sealed class StreamingBodyTests
{
    private static readonly byte[] Batch = Encoding.UTF8.GetBytes(
        " [ " + ResponseSets.Json(ResponseSets.Canonical("r-1")) + " , {\"a\":[1,[2]],\"ü\":\"€𝄞\"}, 12.5e1, \"x\", null ," + ResponseSets.Json(ResponseSets.Canonical("r-2")) + "]\n");

    private static List<(long Start, int Length)> Split(byte[] bytes, IReadOnlyList<int> cuts, out bool ok)
    {
        var splitter = new JsonArraySplitter();
        var at = 0;
        foreach (var cut in cuts.Where(c => c > 0 && c < bytes.Length).Order().Append(bytes.Length))
        {
            splitter.Feed(bytes.AsSpan(at, cut - at));
            at = cut;
        }

        ok = splitter.Finish();
        return splitter.Elements;
    }

    [Fact]
    public void Splitter_AnyChunking_FindsTheSameElements()
    {
        var whole = Split(Batch, [], out var wholeOk);
        wholeOk.Should().BeTrue();
        whole.Should().HaveCount(6);
        Encoding.UTF8.GetString(Batch.AsSpan((int)whole[1].Start, whole[1].Length)).Should().Be("{\"a\":[1,[2]],\"ü\":\"€𝄞\"}");

        Gen.Int[0, Batch.Length].List[0, 40].Sample(cuts =>
        {
            var parts = Split(Batch, cuts, out var ok);
            ok.Should().BeTrue();
            parts.Should().Equal(whole);
        }, iter: 300);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1,2")]
    [InlineData("[1,2]]")]
    [InlineData("[1,2] 3")]
    [InlineData("[{\"a\":1}")]
    [InlineData("")]
    public void Splitter_NotOneWellFormedArray_Fails(string text)
    {
        Split(Encoding.UTF8.GetBytes(text), [1, 2, 3], out var ok);
        ok.Should().BeFalse();
    }

    private static long? FirstInvalid(byte[] bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out var consumed) != OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return null;
    }

    [Fact]
    public void Utf8Validator_AnyChunking_FindsTheFirstInvalidOffset()
    {
        var bytes = Gen.OneOf(Gen.Byte[0, 0x7F], Gen.Byte, Gen.Const((byte)0xE2), Gen.Const((byte)0x82), Gen.Const((byte)0xAC), Gen.Const((byte)0xF0), Gen.Const((byte)0x9D));
        Gen.Select(bytes.Array[0, 40], Gen.Int[0, 40].List[0, 8]).Sample((data, cuts) =>
        {
            var validator = new Utf8Validator();
            var at = 0;
            foreach (var cut in cuts.Where(c => c > 0 && c < data.Length).Order().Append(data.Length))
            {
                validator.Check(data.AsSpan(at, cut - at));
                at = cut;
                if (validator.InvalidAt is not null)
                {
                    break;
                }
            }

            (validator.InvalidAt ?? validator.Finish()).Should().Be(FirstInvalid(data));
        }, iter: 2000);
    }
}
