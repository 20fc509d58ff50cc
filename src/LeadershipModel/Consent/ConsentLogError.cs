using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Consent;

/// <summary>Why one event of a log cannot happen where it stands, with its index in the log.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentLogError
{
    /// <summary>Initializes a new error.</summary>
    /// <param name="index">The event's index in the log, from 0.</param>
    /// <param name="code">A stable code from <see cref="ConsentLogErrorCodes"/>.</param>
    /// <param name="message">What is wrong, in words.</param>
    [SetsRequiredMembers]
    public ConsentLogError(int index, string code, string message)
    {
        Index = index;
        Code = code;
        Message = message;
    }

    /// <summary>Gets the event's index in the log, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the stable code (<see cref="ConsentLogErrorCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets what is wrong, in words.</summary>
    public required string Message { get; init; }

    /// <inheritdoc/>
    [ExcludeFromCodeCoverage]
    public override string ToString() => $"event {Index}: {Message}";
}
