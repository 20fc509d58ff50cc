using Npgsql;

namespace LeadershipModel.Campaigns.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use, found from the <c>PG*</c> environment variables (<c>pg_virtualenv</c> sets
/// them for a throwaway cluster). Each user gets a fresh database, dropped on dispose. Where no server answers, the
/// test is skipped with the reason; with <c>LEADERSHIP_REQUIRE_POSTGRES=1</c> (set by <c>.ci/run</c>) it fails instead.
/// </summary>
public static class PostgresServer
{
    public const string RequireVariable = "LEADERSHIP_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> Missing = new(Probe);

    /// <summary>A connection string to the server's maintenance database, from PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.</summary>
    public static string ServerConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = Environment.GetEnvironmentVariable("PGHOST") ?? "127.0.0.1",
                Port = int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), out var port) ? port : 5432,
                Database = Environment.GetEnvironmentVariable("PGDATABASE") ?? "postgres",
                Username = Environment.GetEnvironmentVariable("PGUSER") ?? Environment.UserName,
                Password = Environment.GetEnvironmentVariable("PGPASSWORD"),
                Timeout = 10,
                Pooling = false,
            };
            return builder.ConnectionString;
        }
    }

    /// <summary>Skips the test (or fails it, where required) when no PostgreSQL server answers.</summary>
    public static void EnsureAvailable()
    {
        if (Missing.Value is not { } reason)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{reason} {RequireVariable}=1 requires the PostgreSQL tests to run.");
        }

        Assert.Skip(reason);
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    /// <returns>The database's name and connection string.</returns>
    public static (string Name, string ConnectionString) CreateDatabase()
    {
        EnsureAvailable();
        var name = "campaigns_test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true };
        return (name, builder.ConnectionString);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever still uses it.</summary>
    /// <param name="name">The database.</param>
    public static void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(ServerConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString);
            return $"PostgreSQL does not answer at {builder.Host}:{builder.Port} as {builder.Username} ({e.Message.Split('\n')[0].Trim()}); "
                + "run the tests under pg_virtualenv (Debian's postgresql-common) to test the PostgreSQL store.";
        }
    }
}
