using LeadershipModel.Campaigns.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>
/// The app on a fresh database (a SQLite file in its own data folder, or a new PostgreSQL database), with a hand-moved
/// clock and a known admin password.
/// </summary>
public sealed class CampaignsFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    private readonly int _linkRequestsPerMinute;
    private readonly (string Name, string ConnectionString)? _postgres;
    private bool _onLoopback;
    private Uri? _loopbackAddress;

    public CampaignsFactory(int linkRequestsPerMinute = 10_000, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        _linkRequestsPerMinute = linkRequestsPerMinute;
        Provider = provider;
        DataFolder = Path.Combine(Path.GetTempPath(), "campaigns-tests", Guid.NewGuid().ToString("N"));
        _postgres = provider == DatabaseProvider.Postgres ? PostgresServer.CreateDatabase() : null;
    }

    public DatabaseProvider Provider { get; }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, "campaigns.db");

    public TestClock Clock { get; } = new();

    /// <summary>
    /// Starts the app on Kestrel at a free port of 127.0.0.1, for a real browser, with the clock at the real time (a
    /// browser drops cookies that expire in its past).
    /// </summary>
    /// <returns>The app's address.</returns>
    public Uri StartOnLoopback()
    {
        _onLoopback = true;
        Clock.Advance(DateTimeOffset.UtcNow - Clock.GetUtcNow());
        UseKestrel();
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _loopbackAddress = new Uri(address.TrimEnd('/') + "/");
        return _loopbackAddress;
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = _loopbackAddress ?? new WebApplicationFactoryClientOptions().BaseAddress,
    });

    public async Task<T> WithDbAsync<T>(Func<CampaignsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CampaignsDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Campaigns:DataFolder", DataFolder);
        builder.UseSetting("Campaigns:InitialAdminPassword", Password);
        builder.UseSetting("Campaigns:LinkRequestsPerMinute", _linkRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Campaigns:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Campaigns:Database", Provider.ToString());
        if (_onLoopback)
        {
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }

        if (_postgres is { } postgres)
        {
            builder.UseSetting("ConnectionStrings:Campaigns", postgres.ConnectionString);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is { } postgres)
        {
            PostgresServer.DropDatabase(postgres.Name);
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the system.
        }
    }
}
