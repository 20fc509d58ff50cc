using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Robustness;

/// <summary>
/// The built app started as its own process on 127.0.0.1 (a free port), for tests that measure the process:
/// resident memory, throughput, and how it answers raw sockets. Stopped when disposed.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private readonly string _dataFolder;

    private ServerProcess(Process process, int port, string dataFolder)
    {
        _process = process;
        _dataFolder = dataFolder;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    /// <summary>Gets the resident set size now, in bytes (Linux /proc).</summary>
    public long ResidentBytes => Status("VmRSS:");

    /// <summary>Gets the peak resident set size so far, in bytes (Linux /proc).</summary>
    public long PeakResidentBytes => Status("VmHWM:");

    public static async Task<ServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        // The sample as built beside these tests, in the same configuration.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var folder = Path.Combine(SamplePaths.Sample, "bin", configuration, "net10.0");
        var dll = Path.Combine(folder, "LeadershipModel.Campaigns.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is not built; build samples/LeadershipModel.Campaigns in {configuration} first.");
        }

        var port = FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("campaigns-process-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Campaigns:DataFolder={dataFolder}");
        start.ArgumentList.Add("--Campaigns:InitialAdminPassword=process tests");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, port, dataFolder);

        // Bounded wait for /health: 120 tries, 0.5 s apart.
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await server.Client.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500, cancellationToken);
        }

        server.Dispose();
        throw new InvalidOperationException("The app did not answer /health within 60 s.");
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open: the temp folder is cleaned by the system.
        }
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
