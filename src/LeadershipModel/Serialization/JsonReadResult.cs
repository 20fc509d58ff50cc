using System.Diagnostics.CodeAnalysis;

namespace LeadershipModel.Serialization;

/// <summary>The outcome of reading a JSON document: the value, or every problem found, each with its JSON path.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>
/// <para>An invalid document is an expected outcome, so a read returns this result rather than throwing. Use
/// <see cref="GetValueOrThrow"/> where an invalid document is a programming error.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class JsonReadResult<T>
    where T : notnull
{
    private readonly T? _value;

    private JsonReadResult(T? value, EquatableArray<JsonError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>Gets a value indicating whether the document was read without problems.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>Gets the value read, or the default of <typeparamref name="T"/> when <see cref="IsSuccess"/> is <see langword="false"/>.</summary>
    public T? Value => _value;

    /// <summary>Gets every problem found, in document order; empty on success.</summary>
    public EquatableArray<JsonError> Errors { get; }

    /// <summary>Gets the value, or throws when the document was invalid.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDataException">The document was invalid; the message lists every problem.</exception>
    public T GetValueOrThrow() => IsSuccess
        ? _value!
        : throw new InvalidDataException($"The JSON document is invalid ({Errors.Count} problem{(Errors.Count == 1 ? "" : "s")}):{Environment.NewLine}" + string.Join(Environment.NewLine, Errors.Select(e => "  " + e)));

    /// <inheritdoc/>
    public override string ToString() => IsSuccess ? $"Success: {_value}" : $"Failure: {Errors.Count} problem(s), first {Errors[0]}";

    internal static JsonReadResult<T> Success(T value) => new(value, default);

    internal static JsonReadResult<T> Failure(EquatableArray<JsonError> errors) => new(default, errors);
}
