using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>
/// Collects the instruments, steps and plug-ins of a <see cref="ScoringEngine"/>. Single use: after
/// <see cref="Build"/>, every further call throws.
/// </summary>
/// <remarks>
/// <para>Options are checked when added; rules that span options (an imputation method without item statistics)
/// are checked by <see cref="Build"/>, which lists every problem at once. Configure steps with the
/// <c>Use…</c> and <c>Add…</c> extension methods in this namespace.</para>
/// <para>This type is not thread-safe; the engine it builds is.</para>
/// </remarks>
public sealed class ScoringEngineBuilder
{
    private readonly EngineSettings _settings = new();
    private bool _built;

    internal ScoringEngineBuilder()
    {
    }

    /// <summary>Adds an instrument the engine will score. Instruments are told apart by id and version.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The builder.</returns>
    public ScoringEngineBuilder AddInstrument(Instrument instrument)
    {
        Preconditions.NotNull(instrument);
        Mutate(s => s.Instruments.Add(instrument));
        return this;
    }

    /// <summary>Sets the diagnostics options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The builder.</returns>
    public ScoringEngineBuilder UseDiagnostics(DiagnosticsOptions options)
    {
        Preconditions.NotNull(options);
        Mutate(s => s.Diagnostics = options);
        return this;
    }

    /// <summary>Checks the configuration and builds the engine.</summary>
    /// <returns>The engine: immutable, thread-safe and reusable.</returns>
    /// <exception cref="InvalidOperationException">The builder was used already, or the configuration is invalid (every problem is listed).</exception>
    public ScoringEngine Build()
    {
        Mutate(_ => { });
        var errors = new List<string>();
        if (_settings.Instruments.Count == 0)
        {
            errors.Add("no instrument was added; call AddInstrument (for example with CanonicalInstruments.Full)");
        }

        var seen = new HashSet<(string, string)>();
        foreach (var instrument in _settings.Instruments)
        {
            if (!seen.Add((instrument.Id, instrument.Version)))
            {
                errors.Add($"instrument '{instrument.Id}' version '{instrument.Version}' was added twice");
            }
        }

        var missingData = _settings.MissingData;
        if (missingData.Imputation != ImputationMethod.None)
        {
            var stats = missingData.ItemStatistics.Select(s => s.ItemId).ToHashSet(StringComparer.Ordinal);
            if (stats.Count == 0)
            {
                errors.Add($"imputation by {missingData.Imputation} needs item statistics from a sample (MissingDataOptions.ItemStatistics), and none were given");
            }
            else
            {
                foreach (var instrument in _settings.Instruments)
                {
                    var missing = instrument.Items.Where(i => !stats.Contains(i.Id)).Select(i => i.Id).ToList();
                    if (missing.Count > 0)
                    {
                        errors.Add($"imputation by {missingData.Imputation} needs statistics for every item of instrument '{instrument.Id}'; missing: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")}");
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The scoring engine cannot be built: " + string.Join("; ", errors) + ".");
        }

        _built = true;
        return new ScoringEngine(_settings);
    }

    internal void Mutate(Action<EngineSettings> change)
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built an engine; create a new builder with ScoringEngine.CreateBuilder().");
        }

        change(_settings);
    }
}
