using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Consent;

/// <summary>The result of folding a consent log: the state, or every invalid event with its index.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentFoldResult
{
    internal ConsentFoldResult(ConsentState? state, EquatableArray<ConsentLogError> errors)
    {
        State = state;
        Errors = errors;
    }

    /// <summary>Gets the state, or <see langword="null"/> when the log is invalid.</summary>
    public ConsentState? State { get; }

    /// <summary>Gets the invalid events, in log order; empty when the log is valid.</summary>
    public EquatableArray<ConsentLogError> Errors { get; }

    /// <summary>Gets a value indicating whether the log is valid.</summary>
    [MemberNotNullWhen(true, nameof(State))]
    public bool IsValid => State is not null;
}
