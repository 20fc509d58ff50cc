using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Responses;

/// <summary>
/// One person's answers to one instrument, about themselves or about a target person.
/// </summary>
/// <remarks>
/// <para>Answers may be missing; whether they are valid is decided by the scoring engine, which reports every
/// problem as a rejection rather than throwing. Two response sets are equal when all their fields and their
/// answers, in order, are equal.</para>
/// <para>This type is immutable and thread-safe. Single-field rules run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record ResponseSet
{
    private readonly string _instrumentId = string.Empty;
    private readonly string _instrumentVersion = string.Empty;
    private readonly string _respondentId = string.Empty;
    private readonly string? _targetId;
    private readonly RaterRole _role;
    private readonly EquatableArray<KeyValuePair<string, string>> _comments;

    /// <summary>Gets the id of the instrument answered.</summary>
    public required string InstrumentId { get => _instrumentId; init => _instrumentId = Preconditions.NotBlank(value, nameof(InstrumentId)); }

    /// <summary>Gets the version of the instrument answered.</summary>
    public required string InstrumentVersion { get => _instrumentVersion; init => _instrumentVersion = Preconditions.NotBlank(value, nameof(InstrumentVersion)); }

    /// <summary>Gets the id of the person who answered.</summary>
    public required string RespondentId { get => _respondentId; init => _respondentId = Preconditions.NotBlank(value, nameof(RespondentId)); }

    /// <summary>Gets the id of the person rated, or <see langword="null"/> when the respondent rated themselves.</summary>
    public string? TargetId { get => _targetId; init => _targetId = value is null ? null : Preconditions.NotBlank(value, nameof(TargetId)); }

    /// <summary>Gets the effective target: <see cref="TargetId"/>, or the respondent when absent.</summary>
    public string EffectiveTargetId => _targetId ?? _respondentId;

    /// <summary>Gets the rater's role; <see cref="RaterRole.Self"/> by default.</summary>
    public RaterRole Role { get => _role; init => _role = Preconditions.Defined(value, nameof(Role)); }

    /// <summary>Gets the answers, in the order given.</summary>
    public EquatableArray<Answer> Answers { get; init; }

    /// <summary>Gets the free-text answers to the instrument's open questions, keyed by open-question id, in the order given; empty by default.</summary>
    /// <remarks>Question ids are unique and texts are not blank; whether each id is an open question of the instrument
    /// is checked by the scoring engine (<c>unknown-question</c>). Comments are never scored.</remarks>
    public EquatableArray<KeyValuePair<string, string>> Comments
    {
        get => _comments;
        init
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (questionId, text) in value)
            {
                Preconditions.NotBlank(questionId, nameof(Comments));
                Preconditions.NotBlank(text, nameof(Comments));
                if (!seen.Add(questionId))
                {
                    throw new ArgumentException($"Open question '{questionId}' has more than one comment.", nameof(Comments));
                }
            }

            _comments = value;
        }
    }

    /// <summary>Creates a response set from answers keyed by item id.</summary>
    /// <param name="instrumentId">The instrument id.</param>
    /// <param name="instrumentVersion">The instrument version.</param>
    /// <param name="respondentId">The respondent id.</param>
    /// <param name="answers">Raw answers by item id; <see langword="null"/> values are skipped items.</param>
    /// <param name="role">The rater role.</param>
    /// <param name="targetId">The person rated, or <see langword="null"/> for a self-assessment.</param>
    /// <returns>The response set.</returns>
    /// <remarks>On .NET 9 and later an empty collection expression (<c>[]</c>) binds to this overload; on .NET 8, which
    /// lacks the attribute that says so, write <c>Array.Empty&lt;KeyValuePair&lt;string, double?&gt;&gt;()</c>.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the answers, so no call can bind to two of them; nothing has shipped.")]
#if NET9_0_OR_GREATER
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
#endif
    public static ResponseSet Create(string instrumentId, string instrumentVersion, string respondentId, IEnumerable<KeyValuePair<string, double?>> answers, RaterRole role = RaterRole.Self, string? targetId = null)
        => Build(instrumentId, instrumentVersion, respondentId, Preconditions.NotNull(answers).Select(a => new Answer(a.Key, a.Value)).ToEquatableArray(), role, targetId);

    /// <summary>Creates a response set from answers keyed by item id, every item answered (a <c>Dictionary&lt;string, double&gt;</c>, for example).</summary>
    /// <param name="instrumentId">The instrument id.</param>
    /// <param name="instrumentVersion">The instrument version.</param>
    /// <param name="respondentId">The respondent id.</param>
    /// <param name="answers">Raw answers by item id; to mark a skipped item use the <c>double?</c> overload.</param>
    /// <param name="role">The rater role.</param>
    /// <param name="targetId">The person rated, or <see langword="null"/> for a self-assessment.</param>
    /// <returns>The response set.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the answers, so no call can bind to two of them; nothing has shipped.")]
    public static ResponseSet Create(string instrumentId, string instrumentVersion, string respondentId, IEnumerable<KeyValuePair<string, double>> answers, RaterRole role = RaterRole.Self, string? targetId = null)
        => Create(instrumentId, instrumentVersion, respondentId, Preconditions.NotNull(answers).Select(a => KeyValuePair.Create(a.Key, (double?)a.Value)), role, targetId);

    /// <summary>
    /// Creates a response set for <paramref name="instrument"/> from answers in the instrument's item order
    /// (<see cref="Instrument.Items"/>), as they come from a form or a matrix row; <see cref="double.NaN"/> marks a skipped item.
    /// </summary>
    /// <param name="instrument">The instrument answered: it gives the id, the version and the item order.</param>
    /// <param name="respondentId">The respondent id.</param>
    /// <param name="answers">One raw answer per item, in <see cref="Instrument.Items"/> order; <see cref="double.NaN"/> = skipped.</param>
    /// <param name="role">The rater role.</param>
    /// <param name="targetId">The person rated, or <see langword="null"/> for a self-assessment.</param>
    /// <returns>The response set, with one answer per item in instrument order.</returns>
    /// <exception cref="ArgumentException">The number of answers is not the number of items.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of the answers, so no call can bind to two of them; nothing has shipped.")]
    public static ResponseSet Create(Instrument instrument, string respondentId, ReadOnlySpan<double> answers, RaterRole role = RaterRole.Self, string? targetId = null)
    {
        Preconditions.NotNull(instrument);
        var items = instrument.Items;
        if (answers.Length != items.Count)
        {
            throw new ArgumentException(
                $"Instrument '{instrument.Id}' {instrument.Version} has {items.Count} items, but {answers.Length} answers were given; give one per item in instrument order (NaN for a skipped item).",
                nameof(answers));
        }

        var built = new Answer[answers.Length];
        for (var i = 0; i < built.Length; i++)
        {
            built[i] = new Answer(items[i].Id, double.IsNaN(answers[i]) ? null : answers[i]);
        }

        return Build(instrument.Id, instrument.Version, respondentId, EquatableArray<Answer>.TakeOwnership(built), role, targetId);
    }

    private static ResponseSet Build(string instrumentId, string instrumentVersion, string respondentId, EquatableArray<Answer> answers, RaterRole role, string? targetId)
        => new()
        {
            InstrumentId = instrumentId,
            InstrumentVersion = instrumentVersion,
            RespondentId = respondentId,
            TargetId = targetId,
            Role = role,
            Answers = answers,
        };
}
