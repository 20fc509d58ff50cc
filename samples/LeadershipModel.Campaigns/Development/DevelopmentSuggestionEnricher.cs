using System.Globalization;
using System.Text;
using LeadershipModel.Scoring;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Campaigns.Development;

/// <summary>
/// Adds a development suggestion for the lowest-scoring dimensions of a profile: those with the lowest integration
/// <c>I = sqrt(M · L)</c> (both poles are needed), suggesting to build the weaker pole of each.
/// </summary>
/// <remarks>
/// <para>Registered with <c>AddEnricher&lt;DevelopmentSuggestionEnricher&gt;()</c>: the container supplies its options
/// and logger. Dimensions measured only by bipolar items have no integration and are skipped; a profile with none
/// gets no suggestion.</para>
/// <para>Immutable and thread-safe: the engine shares one instance across requests.</para>
/// </remarks>
public sealed partial class DevelopmentSuggestionEnricher : IProfileEnricher
{
    private readonly int _count;
    private readonly ILogger<DevelopmentSuggestionEnricher> _logger;

    /// <summary>Initializes a new instance of the <see cref="DevelopmentSuggestionEnricher"/> class.</summary>
    /// <param name="options">How many dimensions to suggest.</param>
    /// <param name="logger">Logs each suggestion at debug level.</param>
    public DevelopmentSuggestionEnricher(IOptions<DevelopmentSuggestionOptions> options, ILogger<DevelopmentSuggestionEnricher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _count = options.Value.Count;
        _logger = logger;
    }

    /// <inheritdoc/>
    public string Name => "acme-development-suggestion";

    /// <inheritdoc/>
    public void Enrich(in EnrichmentArguments arguments)
    {
        var lowest = arguments.Profile.Dimensions
            .Where(d => d.Position.Integration is not null)
            .OrderBy(d => d.Position.Integration!.Value)
            .Take(_count)
            .ToList();
        if (lowest.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var score in lowest)
        {
            var position = score.Position;
            var management = position.Management!.Value;
            var leadership = position.Leadership!.Value;
            var name = arguments.Instrument.Dimensions.TryGet(score.DimensionId, out var dimension) ? dimension.Name : score.DimensionId;
            var weaker = leadership <= management ? PoleKind.Leadership : PoleKind.Management;
            var label = dimension?.GetPole(weaker).Label ?? weaker.ToString();
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(CultureInfo.InvariantCulture,
                $"{name}: build the {weaker.ToString().ToLowerInvariant()} pole ({label}); M {management:0.00}, L {leadership:0.00}.");
        }

        var focus = string.Join(",", lowest.Select(d => d.DimensionId));
        arguments.Extensions.Set(DevelopmentExtensions.Focus, focus);
        arguments.Extensions.Set(DevelopmentExtensions.Suggestion, text.ToString());
        LogSuggestion(_logger, focus);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Development focus: {Focus}")]
    private static partial void LogSuggestion(ILogger logger, string focus);
}
