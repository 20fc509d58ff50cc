using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>
/// The built campaign app started as its own process on 127.0.0.1 (a free port) with the given settings, for tests of
/// the process itself: killed with SIGKILL (<see cref="Process.Kill()"/> on Linux) and started again on the same
/// database, or measured (resident memory, throughput, raw sockets).
/// </summary>
internal sealed class CampaignsProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private CampaignsProcess(Process process, StringBuilder output, int port)
    {
        _process = process;
        _output = output;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Gets the resident set size now, in bytes (Linux /proc).</summary>
    public long ResidentBytes => Status("VmRSS:");

    /// <summary>Gets the peak resident set size so far, in bytes (Linux /proc).</summary>
    public long PeakResidentBytes => Status("VmHWM:");

    /// <summary>Gets what the app wrote so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app from its build folder and waits (60 s at most) until it answers.</summary>
    /// <param name="settings">Configuration given as <c>--Key=value</c> arguments.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running app.</returns>
    public static async Task<CampaignsProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var dll = AppPath();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        void Keep(object? sender, DataReceivedEventArgs e)
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new CampaignsProcess(process, output, port);
        using var probe = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 120 && !process.HasExited; attempt++)
        {
            try
            {
                using var response = await probe.GetAsync(new Uri("admin/login", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow to answer while starting.
            }

            await Task.Delay(500, cancellationToken);
        }

        var text = app.Output;
        app.Dispose();
        throw new InvalidOperationException($"The campaign app did not answer /admin/login within 60 s. Its output:\n{text}");
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): no shutdown, no flushing, as when a server dies.</summary>
    public void KillNow()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(30_000);
        }
    }

    public void Dispose()
    {
        KillNow();
        _process.Dispose();
    }

    private static string AppPath()
    {
        // The sample as built beside these tests, in the same configuration.
        var configuration = RepositoryPaths.Configuration;
        var dll = Path.Combine(RepositoryPaths.Root, "samples", "LeadershipModel.Campaigns", "bin", configuration, "net10.0", "LeadershipModel.Campaigns.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is not built; build samples/LeadershipModel.Campaigns in {configuration} first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private long Status(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"{field} not found for process {_process.Id}.");
    }
}
