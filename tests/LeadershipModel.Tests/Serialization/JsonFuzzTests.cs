using System.Globalization;
using System.Text;
using CsCheck;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

/// <summary>
/// Fuzzes every JSON reader with random bytes and random mutations of valid documents: a read returns a result,
/// and no exception escapes (the readers document none for non-null input). The number of cases per kind is
/// bounded for CI; set <c>LEADERSHIP_FUZZ_CASES</c> to run more.
/// </summary>
public sealed class JsonFuzzTests
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("LEADERSHIP_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 150;

    /// <summary>Bytes that JSON gives meaning to, so that mutations reach the readers and not only the parser.</summary>
    private static readonly byte[] Interesting = Encoding.ASCII.GetBytes("{}[]:,\"\\ -0123456789.eEtrufalsn/*u");

    private static readonly Gen<byte> AnyByte = Gen.OneOf(Gen.Byte, Gen.Int[0, Interesting.Length - 1].Select(i => Interesting[i]));

    [Theory]
    [MemberData(nameof(JsonSamples.Kinds), MemberType = typeof(JsonSamples))]
    public void Read_RandomBytes_ReturnsAResult(string kind)
    {
        var (_, _, read) = JsonSamples.Get(kind);

        AnyByte.Array[0, 512].Sample(bytes => ReadBoth(kind, read, bytes), iter: Cases);
    }

    [Theory]
    [MemberData(nameof(JsonSamples.Kinds), MemberType = typeof(JsonSamples))]
    public void Read_MutatedValidDocument_ReturnsAResult(string kind)
    {
        var (_, json, read) = JsonSamples.Get(kind);
        var valid = Encoding.UTF8.GetBytes(json);
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, valid.Length - 1], Gen.Int[1, 16], AnyByte);

        mutation.Array[1, 6].Sample(
            mutations =>
            {
                var bytes = valid.ToList();
                foreach (var (operation, at, length, value) in mutations)
                {
                    Mutate(bytes, operation, Math.Min(at, Math.Max(bytes.Count - 1, 0)), length, value);
                }

                ReadBoth(kind, read, [.. bytes]);
            },
            iter: Cases);
    }

    private static void Mutate(List<byte> bytes, int operation, int at, int length, byte value)
    {
        switch (operation)
        {
            case 0 when bytes.Count > 0:
                bytes[at] = value;
                break;
            case 1 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                break;
            case 2:
                bytes.Insert(at, value);
                break;
            default:
                var copy = bytes.Skip(at).Take(length).ToList();
                bytes.InsertRange(at, copy);
                break;
        }
    }

    /// <summary>Reads the bytes as a stream and, decoded, as a string; a read that throws fails the case.</summary>
    private static void ReadBoth(string kind, Func<string, int> read, byte[] bytes)
    {
        read(Encoding.UTF8.GetString(bytes));
        ReadStream(kind, bytes);
    }

    private static void ReadStream(string kind, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        _ = kind switch
        {
            "instrument" => JsonFormats.Instrument.Read(stream).IsSuccess,
            "response set" => JsonFormats.ResponseSet.Read(stream).IsSuccess,
            "response sets" => JsonFormats.ResponseSets.Read(stream).IsSuccess,
            "profile" => JsonFormats.Profile.Read(stream).IsSuccess,
            "profiles" => JsonFormats.Profiles.Read(stream).IsSuccess,
            "rejection" => JsonFormats.Rejection.Read(stream).IsSuccess,
            "rejections" => JsonFormats.Rejections.Read(stream).IsSuccess,
            "norm table" => JsonFormats.NormTable.Read(stream).IsSuccess,
            "batch result" => JsonFormats.BatchScoringResult.Read(stream).IsSuccess,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
