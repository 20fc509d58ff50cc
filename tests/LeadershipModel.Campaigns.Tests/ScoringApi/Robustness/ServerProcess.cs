using LeadershipModel.Campaigns.Tests.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Robustness;

/// <summary>
/// The built app as its own process (<see cref="CampaignsProcess"/>) on a fresh data folder, with a client, for the
/// tests that measure the process: resident memory, throughput, and how it answers raw sockets. Stopped and its data
/// folder deleted when disposed.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly CampaignsProcess _app;
    private readonly string _dataFolder;

    private ServerProcess(CampaignsProcess app, string dataFolder)
    {
        _app = app;
        _dataFolder = dataFolder;
        Client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
    }

    public int Port => _app.Port;

    public HttpClient Client { get; }

    /// <summary>Gets the resident set size now, in bytes.</summary>
    public long ResidentBytes => _app.ResidentBytes;

    /// <summary>Gets the peak resident set size so far, in bytes.</summary>
    public long PeakResidentBytes => _app.PeakResidentBytes;

    public static async Task<ServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        var dataFolder = Directory.CreateTempSubdirectory("campaigns-process-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Campaigns:DataFolder"] = dataFolder,
            ["Campaigns:InitialAdminPassword"] = "process tests",
        };
        try
        {
            return new ServerProcess(await CampaignsProcess.StartAsync(settings, cancellationToken), dataFolder);
        }
        catch
        {
            Directory.Delete(dataFolder, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        _app.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open: the temp folder is cleaned by the system.
        }
    }
}
