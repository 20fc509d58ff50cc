using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>Options of the answer-validation step.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AnswerValidationOptions
{
    private readonly InvalidAnswerPolicy _policy;

    /// <summary>Gets what to do with an out-of-range answer or an unknown item; <see cref="InvalidAnswerPolicy.Reject"/> by default.
    /// A wrong instrument or version, and a duplicated answer, always reject the set.</summary>
    public InvalidAnswerPolicy Policy { get => _policy; init => _policy = Preconditions.Defined(value, nameof(Policy)); }
}
