namespace LeadershipModel.Analysis.Csv;

/// <summary>A data row that could not be read, with where and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CsvRejectedRecord
{
    /// <summary>Gets the name of the source (the file name).</summary>
    public required string Source { get; init; }

    /// <summary>Gets the 1-based line on which the row starts.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column at fault, or <see langword="null"/> when the row as a whole is at fault.</summary>
    public int? Column { get; init; }

    /// <summary>Gets the reason, such as <c>'x' in column 'A2' is not a number</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the message with its location, such as <c>data.csv:14:3: 'x' in column 'A2' is not a number</c>.</summary>
    public string Message => Column is { } c
        ? FormattableString.Invariant($"{Source}:{Line}:{c}: {Reason}")
        : FormattableString.Invariant($"{Source}:{Line}: {Reason}");

    /// <inheritdoc/>
    public override string ToString() => Message;
}
