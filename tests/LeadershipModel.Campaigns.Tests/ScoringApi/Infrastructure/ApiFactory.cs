using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

/// <summary>
/// Starts the app in memory (TestServer: no socket) for the scoring API's tests, optionally with configuration
/// overrides; the campaign store goes to a temporary data folder that is removed afterwards.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "campaigns-tests", Guid.NewGuid().ToString("N"));

    public ApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public ApiFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Campaigns:DataFolder", _dataFolder);
        builder.UseSetting("Campaigns:InitialAdminPassword", "scoring api tests");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Not created (startup failed first), or a file still open: the temp folder is cleaned by the system.
        }
    }
}
