using System.ComponentModel.DataAnnotations;
using LeadershipModel.Campaigns.Data;

namespace LeadershipModel.Campaigns.Hosting;

/// <summary>The app's settings, bound from the <c>Campaigns</c> configuration section.</summary>
/// <remarks>Read once at startup; not changed afterwards.</remarks>
public sealed class CampaignsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Campaigns";

    /// <summary>
    /// The name of the connection string: for SQLite, when set, it replaces the file in the data folder; for
    /// PostgreSQL it is required.
    /// </summary>
    public const string ConnectionStringName = "Campaigns";

    /// <summary>Gets or sets the database: <see cref="DatabaseProvider.Sqlite"/> (the default) or <see cref="DatabaseProvider.Postgres"/>.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Gets or sets the data folder (the SQLite database and the data-protection keys), relative to the content root: <c>App_Data</c> by default.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Gets or sets the admin's user name: <c>admin</c> by default.</summary>
    [Required]
    public string AdminUserName { get; set; } = "admin";

    /// <summary>
    /// Gets or sets the admin password to set on first start instead of a random one (for automated setups). Empty by
    /// default: a random password is generated and printed once.
    /// </summary>
    public string? InitialAdminPassword { get; set; }

    /// <summary>Gets or sets whether to replace the admin password with a new random one at this start, printed once.</summary>
    public bool ResetAdminPassword { get; set; }

    /// <summary>Gets or sets how many requests one client address may make to the link endpoints per minute: 60 by default.</summary>
    [Range(1, 100_000)]
    public int LinkRequestsPerMinute { get; set; } = 60;

    /// <summary>Gets or sets how many sign-in attempts one client address may make per minute: 10 by default.</summary>
    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Gets the data folder as a full path.</summary>
    /// <param name="environment">Gives the content root.</param>
    /// <returns>The path.</returns>
    public string DataFolderPath(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Path.GetFullPath(DataFolder, environment.ContentRootPath);
    }
}
