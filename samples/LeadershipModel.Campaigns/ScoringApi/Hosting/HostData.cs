using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Serialization;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Campaigns.ScoringApi.Hosting;

/// <summary>
/// The host's own data, read once at startup with the package's readers: the company norm table and the host's
/// instruments.
/// </summary>
/// <remarks>
/// A file that is missing or invalid is logged with every problem (each with its JSON path) and stops startup with
/// an <see cref="InvalidOperationException"/> that names the file. Immutable and thread-safe once loaded.
/// </remarks>
public sealed partial class HostData
{
    private HostData(NormTable norms, IReadOnlyList<Instrument> instruments)
    {
        Norms = norms;
        Instruments = instruments;
    }

    /// <summary>Gets the company norm table.</summary>
    public NormTable Norms { get; }

    /// <summary>Gets the host's instruments, in the configured order.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>Loads the files named by the options.</summary>
    /// <param name="options">The paths.</param>
    /// <param name="environment">Gives the content root that relative paths start from.</param>
    /// <param name="logger">Receives every problem found.</param>
    /// <returns>The data.</returns>
    /// <exception cref="InvalidOperationException">A file is missing or invalid.</exception>
    public static HostData Load(ScoringApiOptions options, IHostEnvironment environment, ILogger<HostData> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(logger);
        var norms = Read(Resolve(options.NormsPath, environment), "norm table", JsonFormats.NormTable.Read, logger);
        var instruments = options.InstrumentPaths
            .Select(path => Read(Resolve(path, environment), "instrument", JsonFormats.Instrument.Read, logger))
            .ToList();
        var names = string.Join(", ", instruments.Select(i => $"{i.Id} {i.Version}"));
        LogLoaded(logger, norms.Id, norms.SampleSize, names);
        return new HostData(norms, instruments);
    }

    /// <summary>Creates the service from the container.</summary>
    /// <param name="services">The container.</param>
    /// <returns>The data.</returns>
    internal static HostData Create(IServiceProvider services) => Load(
        services.GetRequiredService<IOptions<ScoringApiOptions>>().Value,
        services.GetRequiredService<IHostEnvironment>(),
        services.GetRequiredService<ILogger<HostData>>());

    private static string Resolve(string path, IHostEnvironment environment)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var underContentRoot = Path.Combine(environment.ContentRootPath, path);
        return File.Exists(underContentRoot) ? underContentRoot : Path.Combine(AppContext.BaseDirectory, path);
    }

    private static T Read<T>(string path, string kind, Func<Stream, JsonReadResult<T>> read, ILogger logger)
        where T : notnull
    {
        JsonReadResult<T> result;
        try
        {
            using var stream = File.OpenRead(path);
            result = read(stream);
        }
        catch (IOException ex)
        {
            LogUnreadable(logger, kind, path, ex);
            throw new InvalidOperationException($"Cannot start: the {kind} file '{path}' cannot be read: {ex.Message}", ex);
        }

        if (result.IsSuccess)
        {
            return result.Value;
        }

        foreach (var error in result.Errors)
        {
            LogInvalid(logger, kind, path, error.Path, error.Code, error.Message);
        }

        throw new InvalidOperationException(
            $"Cannot start: the {kind} file '{path}' is invalid ({result.Errors.Count} problem(s)):{Environment.NewLine}"
            + string.Join(Environment.NewLine, result.Errors.Select(e => "  " + e)));
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Kind} file '{Path}' cannot be read")]
    private static partial void LogUnreadable(ILogger logger, string kind, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Kind} file '{Path}' is invalid at {JsonPath}: {Message} [{Code}]")]
    private static partial void LogInvalid(ILogger logger, string kind, string path, string jsonPath, string code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded norm table '{NormsId}' (n = {SampleSize}) and host instruments: {Instruments}")]
    private static partial void LogLoaded(ILogger logger, string normsId, int sampleSize, string instruments);
}
