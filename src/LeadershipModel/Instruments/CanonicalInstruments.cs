using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// The canonical instruments, embedded in the package as JSON: a full form (<c>canonical</c>, two items per pole of
/// each of the nineteen dimensions and three per power base) and a short form (<c>canonical-short</c>, one item per
/// pole and two per power base). Both answer on a five-point Likert scale.
/// </summary>
/// <remarks>
/// <para>Neither form has been validated on human samples yet (<see cref="InstrumentDefinition.IsValidated"/> is
/// <see langword="false"/>): use their scores for reflection and research, not for decisions about people.</para>
/// <para>This type is stateless and thread-safe; each instrument is read once, on first use.</para>
/// </remarks>
public static class CanonicalInstruments
{
    /// <summary>The id of the full form.</summary>
    public const string FullId = "canonical";

    /// <summary>The id of the short form.</summary>
    public const string ShortId = "canonical-short";

    /// <summary>The version of both forms.</summary>
    public const string Version = "1.0.0";

    private static readonly Lazy<Instrument> FullForm = new(() => Load("LeadershipModel.Instruments.canonical.json"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Instrument> ShortForm = new(() => Load("LeadershipModel.Instruments.canonical-short.json"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the full form: 76 dimension items (two per pole, one of them reverse-keyed) and 18 power-base items.</summary>
    public static Instrument Full => FullForm.Value;

    /// <summary>Gets the short form: 38 dimension items (one per pole) and 12 power-base items.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The short form of the questionnaire; no relation to the integer type.")]
    public static Instrument Short => ShortForm.Value;

    /// <summary>Gets both forms, the full form first.</summary>
    public static IReadOnlyList<Instrument> All => [Full, Short];

    /// <summary>Looks up a canonical instrument by id.</summary>
    /// <param name="id">The id: <see cref="FullId"/> or <see cref="ShortId"/>.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns><see langword="true"/> when the id names a canonical instrument.</returns>
    public static bool TryGet(string id, [NotNullWhen(true)] out Instrument? instrument)
    {
        instrument = Preconditions.NotNull(id) switch
        {
            FullId => Full,
            ShortId => Short,
            _ => null,
        };
        return instrument is not null;
    }

    /// <summary>
    /// Gets or sets the reader of the embedded forms. The JSON format lives in <c>Serialization</c>, which depends on
    /// this namespace, never the reverse: it sets the reader once, when the assembly loads.
    /// </summary>
    internal static Func<Stream, Instrument>? FormReader { get; set; }

    private static Instrument Load(string resource)
    {
        using var stream = EmbeddedResources.Open(resource);
        var read = FormReader ?? throw new InvalidOperationException("The instrument reader is not registered.");
        return read(stream);
    }
}
