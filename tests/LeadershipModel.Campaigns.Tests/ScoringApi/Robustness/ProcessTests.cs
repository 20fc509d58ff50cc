using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Robustness;

/// <summary>Process-level tests run one at a time, apart from the parallel unit tests, so that they measure only themselves.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class ProcessLevel
{
    public const string Name = "process-level";
}

/// <summary>
/// Issue 14: the built server on 127.0.0.1 under load. Memory stays bounded under 16 concurrent 5,000-set batches; a
/// bounded loopback load test reports throughput, latency and memory (figures are printed, never asserted: the machine
/// is shared); a body shorter than its Content-Length gets 400.
/// </summary>
[Collection(ProcessLevel.Name)]
public sealed class ProcessTests
{
    // The robustness issue's bound: the server stays under 400 MB. The body streams to a temporary file, the response
    // streams as scored, and batches take turns (ScoringApi:MaxConcurrentBatches), so the peak follows the permits.
    private const long MaxResidentBytes = 400L * 1024 * 1024;

    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.Error.WriteLine(line);

        // A passing test's output is not shown: LEADERSHIP_LOAD_REPORT names a file that collects the figures.
        if (Environment.GetEnvironmentVariable("LEADERSHIP_LOAD_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    [Fact]
    public async Task Server_SixteenConcurrentBatchesOf5000Sets_StaysUnder400MB()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var server = await ServerProcess.StartAsync(cancel);
        // The load with the current instrument: 5,000 canonical 2.0.0 full-form sets (177 items), about 10 MB a batch.
        var batch = Encoding.UTF8.GetBytes(ResponseSets.Json(Enumerable.Range(0, 5000).Select(i => ResponseSets.Canonical("r-" + i.ToString(CultureInfo.InvariantCulture), seed: i))));
        var before = server.ResidentBytes;

        async Task<long> PostAsync()
        {
            using var content = new ByteArrayContent(batch);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "profiles/batch") { Content = content };
            using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            await using var stream = await response.Content.ReadAsStreamAsync(cancel);
            var buffer = new byte[1 << 16];
            var tail = new byte[64];
            long total = 0;
            int n;
            while ((n = await stream.ReadAsync(buffer, cancel)) > 0)
            {
                total += n;
                var keep = Math.Min(n, tail.Length);
                Buffer.BlockCopy(tail, keep, tail, 0, tail.Length - keep);
                Buffer.BlockCopy(buffer, n - keep, tail, tail.Length - keep, keep);
            }

            Encoding.UTF8.GetString(tail).Should().EndWith("\"scored\":5000,\"rejected\":0}");
            return total;
        }

        var clock = Stopwatch.StartNew();
        var sizes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(PostAsync, cancel)));
        clock.Stop();

        var peak = server.PeakResidentBytes;
        Report(FormattableString.Invariant($"16 concurrent × 5,000-set 2.0.0 batches ({batch.Length / 1e6:F1} MB each): {sizes.Sum() / 1e6:F0} MB of responses in {clock.Elapsed.TotalSeconds:F0} s; server RSS {before / 1e6:F0} MB before, peak (VmHWM) {peak / 1e6:F0} MB, {server.ResidentBytes / 1e6:F0} MB after"));
        peak.Should().BeLessThan(MaxResidentBytes);
    }

    [Fact]
    public async Task Server_LoopbackLoad_ReportsThroughputLatencyAndMemory()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var server = await ServerProcess.StartAsync(cancel);
        var body = ResponseSets.Json(ResponseSets.Canonical());
        const int Workers = 4;
        const int PerWorker = 100;
        var before = server.ResidentBytes;
        var latencies = new List<double>[Workers];
        var statuses = new List<HttpStatusCode>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(
            async () =>
            {
                latencies[w] = new List<double>(PerWorker);
                for (var i = 0; i < PerWorker; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await server.Client.PostJsonTextAsync("profiles", body);
                    _ = await response.Content.ReadAsByteArrayAsync(cancel);
                    latencies[w].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    lock (statuses)
                    {
                        statuses.Add(response.StatusCode);
                    }
                }
            },
            cancel)));

        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToList();
        var p50 = all[(int)(0.50 * (all.Count - 1))];
        var p99 = all[(int)(0.99 * (all.Count - 1))];
        Report(FormattableString.Invariant($"loopback load, POST /profiles, {Workers} workers × {PerWorker}: {all.Count / clock.Elapsed.TotalSeconds:F0} requests/s, p50 {p50:F1} ms, p99 {p99:F1} ms, RSS {before / 1e6:F0} MB before, {server.ResidentBytes / 1e6:F0} MB after"));
        statuses.Should().HaveCount(Workers * PerWorker).And.OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/profiles/batch")]
    [InlineData("/profiles")]
    public async Task Server_BodyShorterThanContentLength_Is400NotA500(string path)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var server = await ServerProcess.StartAsync(cancel);

        // The client sends less than it announced and waits: the server gives up on the body (Kestrel's minimum data
        // rate) and answers 400. Bounded: 60 s at most.
        var status = await SendShortAsync(server.Port, path, halfClose: false, cancel);
        status.Should().StartWith("HTTP/1.1 400");
        var afterHalfClose = await SendShortAsync(server.Port, path, halfClose: true, cancel);
        (afterHalfClose ?? "closed").Should().NotContain(" 500", "a client that hangs up mid-body gets 400 or a closed connection");
    }

    private static async Task<string?> SendShortAsync(int port, string path, bool halfClose, CancellationToken cancel)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancel);
        var stream = tcp.GetStream();
        var partial = "[" + ResponseSets.Json(ResponseSets.Canonical());
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(partial) + 500}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + partial), cancel);
        if (halfClose)
        {
            tcp.Client.Shutdown(SocketShutdown.Send);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        try
        {
            return await reader.ReadLineAsync(timeout.Token);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
