namespace LeadershipModel.Analysis.Csv;

/// <summary>A CSV file that cannot be read at all: empty, without a header, or with duplicate or missing columns.</summary>
/// <remarks>
/// <para>A bad data row is not an exception: it is reported in <see cref="CsvReadResult.Rejections"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    public CsvFormatException()
        : this("The CSV file cannot be read.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public CsvFormatException(string message)
        : base(message)
    {
        FileName = "";
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "";
    }

    /// <summary>Initializes a new instance for a location in a file; the message is prefixed with it.</summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="line">The 1-based line, or 0 for the file as a whole.</param>
    /// <param name="column">The 1-based column, or <see langword="null"/>.</param>
    /// <param name="reason">What is wrong.</param>
    public CsvFormatException(string fileName, int line, int? column, string reason)
        : base(Format(fileName, line, column, reason))
    {
        FileName = fileName;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file name, or an empty string when not known.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line at fault, or 0 for the file as a whole.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column at fault, or <see langword="null"/>.</summary>
    public int? Column { get; }

    private static string Format(string fileName, int line, int? column, string reason)
        => line <= 0 ? $"{fileName}: {reason}"
            : column is { } c ? FormattableString.Invariant($"{fileName}:{line}:{c}: {reason}")
            : FormattableString.Invariant($"{fileName}:{line}: {reason}");
}
