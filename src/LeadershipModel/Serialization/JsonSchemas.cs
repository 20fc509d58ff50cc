using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the instrument, response-set, profile, rejection, norm-table, consent-scenario and consent-simulation formats. The same files ship in the
/// package under <c>schemas/</c>, for editors and other tools.
/// </summary>
/// <remarks>This type is stateless and thread-safe; the schema texts are loaded once, on first use.</remarks>
public static class JsonSchemas
{
    /// <summary>The <c>$id</c> of the instrument schema, written as <c>$schema</c> in every instrument document.</summary>
    public const string InstrumentSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/instrument.v1.schema.json";

    /// <summary>The <c>$id</c> of the response-set schema, written as <c>$schema</c> in a single response-set document.</summary>
    public const string ResponseSetSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/response-set.v1.schema.json";

    /// <summary>The <c>$id</c> of the profile schema, written as <c>$schema</c> in a single profile document.</summary>
    public const string ProfileSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/profile.v1.schema.json";

    /// <summary>The <c>$id</c> of the rejection schema, written as <c>$schema</c> in a single rejection document.</summary>
    public const string RejectionSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/rejection.v1.schema.json";

    /// <summary>The <c>$id</c> of the norm-table schema, written as <c>$schema</c> in every norm-table document.</summary>
    public const string NormTableSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/norm-table.v1.schema.json";

    /// <summary>The <c>$id</c> of the change-report schema, written as <c>$schema</c> in every change report.</summary>
    public const string ChangeSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/change.v1.schema.json";

    /// <summary>The <c>$id</c> of the unit-report schema, written as <c>$schema</c> in every unit report.</summary>
    public const string UnitReportSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/unit-report.v1.schema.json";

    private static readonly Lazy<string> ChangeText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.change.v1.schema.json"));
    private static readonly Lazy<string> UnitReportText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.unit-report.v1.schema.json"));
    /// <summary>The <c>$id</c> of the consent-scenario schema, written as <c>$schema</c> in every scenario document.</summary>
    public const string ConsentScenarioSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/consent-scenario.v1.schema.json";

    /// <summary>The <c>$id</c> of the consent-simulation schema, which the output of <see cref="JsonFormats.ConsentSimulation"/> satisfies.</summary>
    public const string ConsentSimulationSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/consent-simulation.v1.schema.json";

    private static readonly Lazy<string> ConsentScenarioText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.consent-scenario.v1.schema.json"));
    private static readonly Lazy<string> ConsentSimulationText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.consent-simulation.v1.schema.json"));
    /// <summary>The <c>$id</c> of the feedback-report schema, written as <c>$schema</c> in every feedback document.</summary>
    public const string FeedbackSchemaId = "https://raw.githubusercontent.com/leadershipmodel/leadershipmodel/main/src/LeadershipModel/Schemas/feedback.v1.schema.json";

    private static readonly Lazy<string> FeedbackText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.feedback.v1.schema.json"));
    private static readonly Lazy<string> InstrumentText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.instrument.v1.schema.json"));
    private static readonly Lazy<string> ResponseSetText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.response-set.v1.schema.json"));
    private static readonly Lazy<string> ProfileText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.profile.v1.schema.json"));
    private static readonly Lazy<string> RejectionText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.rejection.v1.schema.json"));
    private static readonly Lazy<string> NormTableText = new(() => EmbeddedResources.ReadText("LeadershipModel.Schemas.norm-table.v1.schema.json"));

    /// <summary>Gets the JSON Schema of an instrument document.</summary>
    public static string Instrument => InstrumentText.Value;

    /// <summary>Gets the JSON Schema of a response-set document: one response set or an array of them.</summary>
    public static string ResponseSet => ResponseSetText.Value;

    /// <summary>Gets the JSON Schema of a profile document: one scored profile or an array of them.</summary>
    public static string Profile => ProfileText.Value;

    /// <summary>Gets the JSON Schema of a rejection document: one rejected response set or an array of them.</summary>
    public static string Rejection => RejectionText.Value;

    /// <summary>Gets the JSON Schema of a consent scenario document.</summary>
    public static string ConsentScenario => ConsentScenarioText.Value;

    /// <summary>Gets the JSON Schema of a consent simulation document.</summary>
    public static string ConsentSimulation => ConsentSimulationText.Value;

    /// <summary>Gets the JSON Schema of a norm-table document.</summary>
    public static string NormTable => NormTableText.Value;

    /// <summary>Gets the JSON Schema of a change report (reliable change between two administrations).</summary>
    public static string Change => ChangeText.Value;

    /// <summary>Gets the JSON Schema of a unit report (team and unit roll-ups).</summary>
    public static string UnitReport => UnitReportText.Value;
    /// <summary>Gets the JSON Schema of a feedback-report document (<see cref="JsonFormats.Feedback"/>): what each person rated may see.</summary>
    public static string Feedback => FeedbackText.Value;
}
