using LeadershipModel.Campaigns.Data;
using LeadershipModel.Instruments;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// The instruments a campaign can use, and what each form shows. The wording comes from the instrument itself: the
/// item text of the form a role answers (<see cref="FormIds.Self"/> in the first person, <see cref="FormIds.Observer"/>
/// about the person), the answer labels of each item, and the instrument's open questions as comment boxes.
/// </summary>
/// <remarks>
/// An instrument without an observer form (canonical 1.0.0) shows its first-person statements with an instruction
/// to answer them about the person. Immutable and thread-safe.
/// </remarks>
public sealed class InstrumentCatalog
{
    private readonly Dictionary<(string Id, string Version), Instrument> _instruments;

    /// <summary>Initializes a new catalog.</summary>
    /// <param name="instruments">The instruments offered.</param>
    public InstrumentCatalog(IEnumerable<Instrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        Instruments = instruments.ToList();
        _instruments = Instruments.ToDictionary(i => (i.Id, i.Version));
    }

    /// <summary>Gets the instruments offered, in order.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>Finds an instrument.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest offered.</param>
    /// <returns>The instrument, or <see langword="null"/>.</returns>
    public Instrument? Find(string id, string? version)
        => version is null
            ? Instruments.LastOrDefault(i => i.Id == id)
            : _instruments.GetValueOrDefault((id, version));

    /// <summary>Gets the instruction shown above a form's items.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="form">The form.</param>
    /// <param name="personName">The person rated.</param>
    /// <returns>The instruction.</returns>
    public static string Instruction(Instrument instrument, string form, string personName)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return form == Forms.Self ? "Rate how well each statement describes you."
            : instrument.HasForm(form) ? $"Each statement is about {personName}. Rate how well it describes {personName} as you see them."
            : $"Each statement is written as {personName} would say it. Rate how well it describes {personName} as you see them.";
    }
}
