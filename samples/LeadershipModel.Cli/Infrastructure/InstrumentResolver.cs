using LeadershipModel.Instruments;
using LeadershipModel.Serialization;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Turns the <c>--instrument</c> value into an instrument: <c>canonical</c>, <c>canonical-short</c> or a JSON file.</summary>
internal static class InstrumentResolver
{
    public const string Help = "canonical (94 items, the default), canonical-short (50 items), or the path of an instrument JSON file";

    public static Instrument Resolve(string? value)
    {
        value ??= CanonicalInstruments.FullId;
        if (CanonicalInstruments.TryGet(value, out var canonical))
        {
            return canonical;
        }

        if (!File.Exists(value))
        {
            throw new CliException($"{value}: no such instrument file (use canonical, canonical-short, or the path of an instrument JSON file).");
        }

        var result = JsonFormats.Instrument.Read(File.ReadAllText(value));
        if (!result.IsSuccess)
        {
            throw new CliException($"{value}: invalid instrument ({result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")}):{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Errors.Select(e => $"  {value}: {e}")));
        }

        return result.Value!;
    }
}
