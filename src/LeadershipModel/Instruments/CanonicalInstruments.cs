using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;
using LeadershipModel.Serialization;

namespace LeadershipModel.Instruments;

/// <summary>
/// The canonical instruments, embedded in the package as JSON, in every version shipped. <see cref="Full"/> and
/// <see cref="Short"/> are the current version (<see cref="Version"/>, 2.0.0); earlier versions stay loadable by id
/// and version with <see cref="TryGet(string, string, out Instrument?)"/>, so that old data can still be scored.
/// </summary>
/// <remarks>
/// <para>Version 2.0.0 (<c>canonical</c>, the item bank: four items per pole of each of the nineteen dimensions,
/// four per power base and five for referent power; <c>canonical-short</c>, two items per pole and per power base,
/// chosen by <c>scripts/select-short-form.cs</c>) has a self form and an observer form (<see cref="FormIds"/>), two
/// open questions, frequency labels for behaviour items and agreement labels for power-base items. Version 1.0.0
/// (94 and 50 items, self-report only) is kept for old data. <b>Scores from 1.0.0 and 2.0.0 are not comparable</b>:
/// never pool them or compare one with a norm of the other.</para>
/// <para>No version has been validated on human samples yet (<see cref="InstrumentDefinition.IsValidated"/> is
/// <see langword="false"/>): use their scores for reflection and research, not for decisions about people.</para>
/// <para>This type is stateless and thread-safe; each instrument is read once, on first use.</para>
/// </remarks>
public static class CanonicalInstruments
{
    /// <summary>The id of the full form.</summary>
    public const string FullId = "canonical";

    /// <summary>The id of the short form.</summary>
    public const string ShortId = "canonical-short";

    /// <summary>The current version of both forms, that of <see cref="Full"/> and <see cref="Short"/>.</summary>
    public const string Version = "2.0.0";

    /// <summary>The first version, self-report only; still loadable for old data, not comparable with later versions.</summary>
    public const string Version1 = "1.0.0";

    private static readonly Lazy<Instrument> FullForm = new(() => Load("LeadershipModel.Instruments.canonical.json"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Instrument> ShortForm = new(() => Load("LeadershipModel.Instruments.canonical-short.json"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Instrument> FullForm1 = new(() => Load("LeadershipModel.Instruments.canonical-1.0.0.json"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Instrument> ShortForm1 = new(() => Load("LeadershipModel.Instruments.canonical-short-1.0.0.json"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the full form of the current version: 152 dimension items (four per pole) and 25 power-base items, with self and observer wording.</summary>
    public static Instrument Full => FullForm.Value;

    /// <summary>Gets the short form of the current version: 76 dimension items (two per pole) and 12 power-base items (two per base), with self and observer wording.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The short form of the questionnaire; no relation to the integer type.")]
    public static Instrument Short => ShortForm.Value;

    /// <summary>Gets the versions shipped, oldest first; the last is <see cref="Version"/>.</summary>
    public static IReadOnlyList<string> Versions => [Version1, Version];

    /// <summary>Gets every canonical instrument shipped, oldest version first, ending with <see cref="Full"/> and
    /// <see cref="Short"/>. An engine built with all of them scores old data under the version it names, and takes
    /// the current version (the last added) where none is named.</summary>
    public static IReadOnlyList<Instrument> All => [FullForm1.Value, ShortForm1.Value, Full, Short];

    /// <summary>Looks up the current version of a canonical instrument by id.</summary>
    /// <param name="id">The id: <see cref="FullId"/> or <see cref="ShortId"/>.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns><see langword="true"/> when the id names a canonical instrument.</returns>
    public static bool TryGet(string id, [NotNullWhen(true)] out Instrument? instrument) => TryGet(id, Version, out instrument);

    /// <summary>Looks up a canonical instrument by id and version.</summary>
    /// <param name="id">The id: <see cref="FullId"/> or <see cref="ShortId"/>.</param>
    /// <param name="version">The version: one of <see cref="Versions"/>.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns><see langword="true"/> when the id and version name a canonical instrument.</returns>
    public static bool TryGet(string id, string version, [NotNullWhen(true)] out Instrument? instrument)
    {
        instrument = (Preconditions.NotNull(id), Preconditions.NotNull(version)) switch
        {
            (FullId, Version) => Full,
            (ShortId, Version) => Short,
            (FullId, Version1) => FullForm1.Value,
            (ShortId, Version1) => ShortForm1.Value,
            _ => null,
        };
        return instrument is not null;
    }

    private static Instrument Load(string resource)
    {
        using var stream = EmbeddedResources.Open(resource);
        return InstrumentJson.Read(stream).GetValueOrThrow();
    }
}
