using System.Text.Json;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// The JSON document kinds: pass one to read or write, as in <c>JsonFormats.Instrument.Read(json)</c> or
/// <c>JsonFormats.Profiles.WriteTo(profiles, stream)</c>. Each kind's schema is in <see cref="JsonSchemas"/>.
/// </summary>
/// <remarks>
/// <para>A single object (instrument, response set, profile, rejection, norm table) is written with
/// <c>$schema</c> first; the elements of an array kind (response sets, profiles, rejections) are written without
/// it. For many profiles written one at a time, use <see cref="ProfileJsonWriter"/>; its output equals
/// <see cref="Profiles"/>.</para>
/// <para>Paths in errors start at the document's root: <c>$.items[3].target.dimension</c> in an instrument,
/// <c>$[2].answers['CI-M1']</c> in an array of response sets.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class JsonFormats
{
    /// <summary>
    /// Gets the instrument format: dimensions (or <c>"dimensions": "canonical"</c>), constructs, items, scale and
    /// reliabilities. A read also checks every rule of <see cref="Instruments.Instrument.Validate"/>, with paths into
    /// the document.
    /// </summary>
    public static JsonFormat<Instrument> Instrument { get; } = new(
        "instrument",
        InstrumentReader.Read,
        static (w, i) => JsonSerializer.Serialize(w, InstrumentDtoMapper.ToDto(i), SerializationContext.Default.InstrumentDto));

    /// <summary>
    /// Gets the format of one response set: <c>instrumentId</c>, <c>instrumentVersion</c>, <c>respondentId</c>, an
    /// optional <c>targetId</c>, a <c>role</c> (<c>self</c> when absent) and <c>answers</c>, an object of item id to
    /// value, <c>null</c> for a skipped item. Whether the answers fit an instrument is decided by the scoring engine.
    /// </summary>
    public static JsonFormat<ResponseSet> ResponseSet { get; } = new(
        "response set",
        static (e, errors) => ResponseSetReader.ReadOne(e, JsonPaths.Root, errors),
        static (w, s) => ResponseSetWriter.Write(w, s, withSchema: true));

    /// <summary>Gets the format of an array of response sets, in order.</summary>
    public static JsonFormat<EquatableArray<ResponseSet>> ResponseSets { get; } = ArrayOf(
        "response sets", ResponseSetReader.ReadOne, static (w, s) => ResponseSetWriter.Write(w, s, withSchema: false));

    /// <summary>
    /// Gets the format of one scored profile. Derived values (orientation, integration, quadrant, weakness, the
    /// answered share) are written for readers of the JSON, and on reading checked for type and recomputed.
    /// Extension values that are strings, booleans, <see langword="null"/> or <see cref="double"/> round-trip
    /// exactly; other numbers read back as <see cref="double"/>, anything else as its invariant-culture text.
    /// </summary>
    public static JsonFormat<LeadershipProfile> Profile { get; } = new(
        "profile",
        static (e, errors) => ProfileReader.ReadOne(e, JsonPaths.Root, errors),
        static (w, p) => ProfileWriter.Write(w, p, withSchema: true));

    /// <summary>Gets the format of an array of profiles, in order.</summary>
    public static JsonFormat<EquatableArray<LeadershipProfile>> Profiles { get; } = ArrayOf(
        "profiles", ProfileReader.ReadOne, static (w, p) => ProfileWriter.Write(w, p, withSchema: false));

    /// <summary>
    /// Gets the format of one rejected response set: its <c>index</c> in the batch, the ids known, and at least one
    /// reason with <c>code</c>, <c>message</c>, <c>itemId</c> and <c>step</c>.
    /// </summary>
    public static JsonFormat<Rejection> Rejection { get; } = new(
        "rejection",
        static (e, errors) => RejectionReader.ReadOne(e, JsonPaths.Root, errors),
        static (w, r) => RejectionWriter.Write(w, r, withSchema: true));

    /// <summary>Gets the format of an array of rejections, in order.</summary>
    public static JsonFormat<EquatableArray<Rejection>> Rejections { get; } = ArrayOf(
        "rejections", RejectionReader.ReadOne, static (w, r) => RejectionWriter.Write(w, r, withSchema: false));

    /// <summary>
    /// Gets the norm table format: <c>id</c>, <c>name</c>, <c>sampleSize</c> and <c>indices</c>, each with its
    /// moments and <c>points</c> (<c>{ "score": 0.42, "percentile": 37.5 }</c>) in ascending order of score. A read
    /// checks every rule of <see cref="Norms.NormTable.Create"/> with a path.
    /// </summary>
    public static JsonFormat<NormTable> NormTable { get; } = new("norm table", NormTableReader.Read, NormTableWriter.Write);

    /// <summary>
    /// Gets the format of a batch result, as a web API returns it:
    /// <c>{ "scored": N, "rejected": M, "profiles": [...], "rejections": [...] }</c>; the arrays are written as
    /// <see cref="Profiles"/> and <see cref="Rejections"/>, and on reading the counts must match them.
    /// </summary>
    public static JsonFormat<BatchScoringResult> BatchScoringResult { get; } = new("batch result", BatchResultReader.Read, BatchResultWriter.Write);

    /// <summary>
    /// Gets the format of a consent scenario (<c>consent-scenario.v1.schema.json</c>): only <c>name</c> and
    /// <c>grant</c> are required; every other field has the default of <see cref="Consent.ConsentScenario"/>.
    /// </summary>
    public static JsonFormat<Consent.ConsentScenario> ConsentScenario { get; } = new("consent scenario", ConsentScenarioJson.ReadScenario, ConsentScenarioJson.WriteScenario);

    /// <summary>
    /// Gets the feedback report kind (<c>feedback.v1.schema.json</c>): for each person rated, only what that person
    /// may see (self, the groups shown under the anonymity rule, withheld groups with their reasons, gaps, highest
    /// and lowest items, blind spots, hidden strengths, authority as others see it and grouped comments). No
    /// respondent id but the target's appears.
    /// </summary>
    public static JsonReportFormat<Feedback.FeedbackDocument> Feedback { get; } = new("feedback report", JsonSchemas.FeedbackSchemaId, FeedbackWriter.Write);

    /// <summary>
    /// Gets the change report kind (<c>change.v1.schema.json</c>): each person's pre, post, difference and reliable
    /// change index per index, group means by wave, unmatched ratings and the paired summary.
    /// </summary>
    public static JsonReportFormat<Change.ChangeReport> ChangeReport { get; } = new("change report", JsonSchemas.ChangeSchemaId, ChangeReportWriter.Write);

    /// <summary>
    /// Gets the unit report kind (<c>unit-report.v1.schema.json</c>): per unit at or above the minimum size, its
    /// number of people, quadrant and profile-type counts, the quartiles of each dimension and of the
    /// follower-conferred share; smaller units are listed as withheld.
    /// </summary>
    public static JsonReportFormat<Teams.UnitReport> UnitReport { get; } = new("unit report", JsonSchemas.UnitReportSchemaId, UnitReportWriter.Write);

    /// <summary>
    /// Gets the consent simulation kind (<c>consent-simulation.v1.schema.json</c>): the scenario, seed and number of
    /// followers, then each step with every follower's consent, bases, influence, outcome and events, and the team.
    /// </summary>
    public static JsonReportFormat<Consent.ConsentSimulation> ConsentSimulation { get; } = new("consent simulation", JsonSchemas.ConsentSimulationSchemaId, ConsentSimulationWriter.Write);

    private static JsonFormat<EquatableArray<TElement>> ArrayOf<TElement>(string name, Func<JsonElement, string, JsonErrorList, TElement?> readOne, Action<Utf8JsonWriter, TElement> writeOne)
        where TElement : class
        => new(
            name,
            (e, errors) => JsonFields.RootArray(e, name, readOne, errors) ?? default,
            (w, values) =>
            {
                w.WriteStartArray();
                foreach (var value in values)
                {
                    writeOne(w, Preconditions.NotNull(value, nameof(values)));
                }

                w.WriteEndArray();
            });
}
