namespace LeadershipModel.Instruments;

/// <summary>Thrown when an instrument is invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class InstrumentValidationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public InstrumentValidationException(IEnumerable<InstrumentError> errors)
        : this(errors.ToEquatableArray())
    {
    }

    /// <summary>Initializes a new instance with no listed problem.</summary>
    public InstrumentValidationException()
        : this(default(EquatableArray<InstrumentError>))
    {
    }

    /// <summary>Initializes a new instance with a message and no listed problem.</summary>
    /// <param name="message">The message.</param>
    public InstrumentValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InstrumentValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private InstrumentValidationException(EquatableArray<InstrumentError> errors)
        : base(errors.Count == 0 ? "The instrument is invalid." : $"The instrument is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
        => Errors = errors;

    /// <summary>Gets every problem found.</summary>
    public EquatableArray<InstrumentError> Errors { get; }
}
