using LeadershipModel.Instruments;

namespace LeadershipModel.Feedback;

/// <summary>
/// The feedback report as a product: for each person rated, what they may see. Built by
/// <see cref="FeedbackDocumentBuilder"/>, written as JSON by <see cref="Serialization.JsonFormats.Feedback"/> (schema
/// <c>feedback.v1.schema.json</c>) and rendered by LeadershipModel.Reporting.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FeedbackDocument
{
    /// <summary>Gets the id of the instrument answered.</summary>
    public required string InstrumentId { get; init; }

    /// <summary>Gets the instrument's version.</summary>
    public required string InstrumentVersion { get; init; }

    /// <summary>Gets the instrument's name.</summary>
    public required string InstrumentName { get; init; }

    /// <summary>Gets a value indicating whether the instrument has been validated on human samples; every rendering says so when it has not.</summary>
    public required bool IsValidated { get; init; }

    /// <summary>Gets the instrument's answer scale, for reading item means.</summary>
    public required ResponseScale Scale { get; init; }

    /// <summary>Gets the options the document was built with (anonymity threshold, agreement margin, item thresholds).</summary>
    public required FeedbackOptions Options { get; init; }

    /// <summary>Gets the instrument's open questions, whose answers are the comments; empty by default.</summary>
    public EquatableArray<OpenQuestion> OpenQuestions { get; init; }

    /// <summary>Gets one entry per person rated, in order of first appearance.</summary>
    public required EquatableArray<TargetFeedback> Targets { get; init; }
}
