namespace LeadershipModel.Campaigns.Hosting;

/// <summary>Where the app listens when nothing is configured: the loopback interface only.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class LocalhostBinding
{
    /// <summary>The default address: <c>http://127.0.0.1:5180</c>.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    /// <summary>
    /// Gets whether the configuration names addresses of its own: <c>urls</c> (from <c>ASPNETCORE_URLS</c> or
    /// <c>--urls</c>), <c>http_ports</c>/<c>https_ports</c>, or a <c>Kestrel:Endpoints</c> section.
    /// </summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns><see langword="true"/> when the default must not be applied.</returns>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
    }
}
