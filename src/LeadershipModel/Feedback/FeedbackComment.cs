namespace LeadershipModel.Feedback;

/// <summary>One verbatim answer to an open question, without its writer.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FeedbackComment
{
    /// <summary>Gets the id of the open question answered.</summary>
    public required string QuestionId { get; init; }

    /// <summary>Gets the text, verbatim.</summary>
    public required string Text { get; init; }
}
