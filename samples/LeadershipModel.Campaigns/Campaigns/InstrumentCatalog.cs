using LeadershipModel.Campaigns.Data;
using LeadershipModel.Instruments;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// The instruments a campaign can use, and what each form shows: the item texts and the open questions.
/// </summary>
/// <remarks>
/// The library's instruments hold one text per item, written in the first person. Until they carry observer
/// forms, the observer form shows the same statements with an instruction to answer them about the person, and the
/// open questions are the two this app asks (what to keep doing, what to do differently). Immutable and thread-safe.
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

    /// <summary>Gets the open questions every form asks, with their ids.</summary>
    public static IReadOnlyList<OpenQuestion> OpenQuestions { get; } =
    [
        new("keep", "What should this person keep doing?", "What should you keep doing?"),
        new("change", "What should this person do differently?", "What would you like to do differently?"),
    ];

    /// <summary>Finds an instrument.</summary>
    /// <param name="id">The id.</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest offered.</param>
    /// <returns>The instrument, or <see langword="null"/>.</returns>
    public Instrument? Find(string id, string? version)
        => version is null
            ? Instruments.LastOrDefault(i => i.Id == id)
            : _instruments.GetValueOrDefault((id, version));

    /// <summary>Gets an item's text on a form.</summary>
    /// <param name="item">The item.</param>
    /// <param name="form">The form.</param>
    /// <returns>The text.</returns>
    public static string ItemText(Item item, string form)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Text.Default;
    }

    /// <summary>Gets the instruction shown above a form's items.</summary>
    /// <param name="form">The form.</param>
    /// <param name="personName">The person rated.</param>
    /// <returns>The instruction.</returns>
    public static string Instruction(string form, string personName) => form == Forms.Self
        ? "Rate how well each statement describes you."
        : $"Each statement is written as {personName} would say it. Rate how well it describes {personName} as you see them.";

    /// <summary>Gets a question's text on a form.</summary>
    /// <param name="question">The question.</param>
    /// <param name="form">The form.</param>
    /// <returns>The text.</returns>
    public static string QuestionText(OpenQuestion question, string form)
    {
        ArgumentNullException.ThrowIfNull(question);
        return form == Forms.Self ? question.SelfText : question.ObserverText;
    }
}

/// <summary>An open question, answered in a comment box.</summary>
/// <param name="Id">The id, as stored with the comment.</param>
/// <param name="ObserverText">The text on the observer form.</param>
/// <param name="SelfText">The text on the self form.</param>
public sealed record OpenQuestion(string Id, string ObserverText, string SelfText);
