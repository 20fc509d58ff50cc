using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LeadershipModel.Campaigns.Data;

/// <summary>
/// The PostgreSQL store (the Npgsql provider); its migrations live in <c>Data/Migrations/Postgres</c>. Moments are
/// <c>timestamp with time zone</c>, which holds UTC only, so every <see cref="DateTimeOffset"/> is turned to UTC on
/// its way in (a deadline typed with an offset is the same moment).
/// </summary>
/// <remarks>One instance per request (scoped); not thread-safe.</remarks>
public sealed class PostgresCampaignsDbContext : CampaignsDbContext
{
    /// <summary>Initializes a new context.</summary>
    /// <param name="options">The options.</param>
    public PostgresCampaignsDbContext(DbContextOptions<PostgresCampaignsDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
