namespace LeadershipModel.Scoring;

/// <summary>One reason a response set was rejected.</summary>
/// <param name="Code">A stable code (see <see cref="RejectionCodes"/>).</param>
/// <param name="Message">A sentence naming what is wrong and where.</param>
/// <param name="ItemId">The item concerned, or <see langword="null"/>.</param>
/// <param name="Step">The pipeline step that rejected it (see <see cref="PipelineSteps"/>).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RejectionReason(string Code, string Message, string? ItemId = null, string Step = PipelineSteps.Validation)
{
    /// <inheritdoc/>
    public override string ToString() => ItemId is null ? $"{Message} [{Code}]" : $"item '{ItemId}': {Message} [{Code}]";
}
