using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeadershipModel.Campaigns.Data;

/// <summary>
/// The SQLite store; its migrations live in <c>Data/Migrations/Sqlite</c>. Times are stored as UTC ticks so that
/// SQLite can compare and order them, and <c>secure_delete</c> is on, so that deleted responses are overwritten in
/// the file rather than left in free pages.
/// </summary>
/// <remarks>One instance per request (scoped); not thread-safe.</remarks>
public sealed class SqliteCampaignsDbContext : CampaignsDbContext
{
    /// <summary>Initializes a new context.</summary>
    /// <param name="options">The options.</param>
    public SqliteCampaignsDbContext(DbContextOptions<SqliteCampaignsDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(SecureDeleteInterceptor.Instance);
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    private sealed class SecureDeleteInterceptor : DbConnectionInterceptor
    {
        public static readonly SecureDeleteInterceptor Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete = ON;";
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "PRAGMA secure_delete = ON;";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
