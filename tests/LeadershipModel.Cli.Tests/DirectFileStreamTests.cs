using System.Runtime.InteropServices;
using CsCheck;
using LeadershipModel.Cli.Output;

namespace LeadershipModel.Cli.Tests;

/// <summary>
/// Issue 15: the streamed outputs go to their file past the page cache (<c>O_DIRECT</c>) in whole blocks, and the file
/// holds exactly the bytes written, whatever the sizes of the writes and wherever the stream is flushed.
/// </summary>
public sealed class DirectFileStreamTests : IDisposable
{
    private const int Block = DirectFileStream.BlockSize;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_AnySizesAndFlushes_FileHoldsExactlyTheBytes()
    {
        // Writes from empty to past two blocks, so that blocks fill across writes, within one write and not at all.
        var write = Gen.Select(Gen.Int[0, (2 * Block) + 100], Gen.Int[0, 9]);
        write.Array[0, 6].Sample(writes =>
        {
            var path = _temp.File(Guid.NewGuid().ToString("N") + ".csv");
            var expected = new List<byte>();
            var seed = 1;
            using (var stream = DirectFileStream.Create(path))
            {
                foreach (var (size, flush) in writes)
                {
                    var bytes = Bytes(size, seed++);
                    stream.Write(bytes);
                    expected.AddRange(bytes);
                    if (flush == 0)
                    {
                        stream.Flush();
                    }
                }
            }

            return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected.ToArray());
        }, iter: 16, threads: 1);
    }

    [Fact]
    public void Write_WholeBlocks_GoPastThePageCacheUntilTheLastPartialBlock()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64, "O_DIRECT is used on Linux (x64, arm64) only");
        var path = _temp.File("direct.csv");
        var stream = DirectFileStream.Create(path);
        try
        {
            stream.IsDirect.Should().BeTrue("the temporary folder's file system takes O_DIRECT");
            stream.Write(Bytes((2 * Block) + 10, seed: 7));
            DescriptorIsDirect(path).Should().BeTrue("two whole blocks went out with O_DIRECT");
            File.ReadAllBytes(path).Should().HaveCount(2 * Block, "the partial block is held");

            stream.Flush();
            stream.IsDirect.Should().BeFalse("a partial block ends direct writes");
            DescriptorIsDirect(path).Should().BeFalse();
            stream.Write(Bytes(Block + 1, seed: 8));
        }
        finally
        {
            stream.Dispose();
        }

        File.ReadAllBytes(path).Should().Equal([.. Bytes((2 * Block) + 10, seed: 7), .. Bytes(Block + 1, seed: 8)]);
    }

    [Fact]
    public void Write_ToADevice_WritesWithoutError()
    {
        // /dev/null is seekable but no regular file: whole blocks and the tail are written to it like to a file.
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/null as a path is Linux's");
        using var stream = DirectFileStream.Create("/dev/null");
        var write = () =>
        {
            stream.Write(Bytes((3 * Block) + 5, seed: 3));
            stream.Flush();
        };

        write.Should().NotThrow();
    }

    private static byte[] Bytes(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Whether this process's descriptor open on the file has O_DIRECT set, from /proc/self/fdinfo.</summary>
    private static bool DescriptorIsDirect(string path)
    {
        var direct = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 0x4000 : 0x10000;
        foreach (var fd in Directory.GetFiles("/proc/self/fd"))
        {
            if (new FileInfo(fd).LinkTarget == path)
            {
                var flags = File.ReadLines("/proc/self/fdinfo/" + Path.GetFileName(fd)).First(l => l.StartsWith("flags:", StringComparison.Ordinal));
                return (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & direct) != 0;
            }
        }

        throw new InvalidOperationException($"No descriptor of this process is open on {path}.");
    }
}
