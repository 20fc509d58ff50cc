using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Turns the <c>--instrument</c> value into an instrument: <c>canonical</c>, <c>canonical-short</c> or a JSON file.</summary>
internal static class InstrumentResolver
{
    public const string Help = "canonical (177 items, the default), canonical-short (88 items), either with @1.0.0 for the first version (94 and 50 items; scores not comparable with 2.0.0), or the path of an instrument JSON file";

    public static Instrument Resolve(string? value)
    {
        value ??= CanonicalInstruments.FullId;
        if (CanonicalInstruments.TryGet(value, out var canonical))
        {
            return canonical;
        }

        if (value.Split('@') is [var id, var version] && CanonicalInstruments.TryGet(id, version, out var versioned))
        {
            return versioned;
        }

        if (value.Split('@') is [var unknownId, var unknownVersion] && CanonicalInstruments.TryGet(unknownId, out _))
        {
            throw new CliException($"{value}: {unknownId} has no version {unknownVersion} (versions: {string.Join(", ", CanonicalInstruments.Versions)}).");
        }

        if (!File.Exists(value))
        {
            throw new CliException($"{value}: no such instrument file (use canonical, canonical-short, or the path of an instrument JSON file).");
        }

        var result = InstrumentJson.Read(File.ReadAllText(value));
        if (!result.IsSuccess)
        {
            throw new CliException($"{value}: invalid instrument ({result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")}):{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Errors.Select(e => $"  {value}: {e}")));
        }

        return result.Value!;
    }
}
