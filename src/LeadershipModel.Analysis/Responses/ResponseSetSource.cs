using System.Globalization;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;
using LeadershipModel.Scoring;

namespace LeadershipModel.Analysis.Responses;

/// <summary>Where a <see cref="ResponseSet"/> came from: the source name, the CSV line, the data row, and its position among the sets produced.</summary>
/// <remarks>
/// <para><see cref="Index"/> counts only the sets produced (not rejected rows), so when the sets are scored in the order
/// given, <see cref="ScoringResult.Index"/> and <see cref="Rejection.Index"/> equal it and a rejection from the engine
/// can be reported with its CSV line.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ResponseSetSource
{
    private readonly string _sourceName = "";
    private readonly int? _line;
    private readonly long _row;
    private readonly long _index;

    /// <summary>Gets the name of the source, such as the file name.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public required string SourceName { get => _sourceName; init => _sourceName = Preconditions.NotBlank(value, nameof(SourceName)); }

    /// <summary>Gets the 1-based line on which the row starts, or <see langword="null"/> when the data did not come from a file.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? Line
    {
        get => _line;
        init
        {
            if (value is { } v)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(v, nameof(Line));
            }

            _line = value;
        }
    }

    /// <summary>Gets the zero-based row in the source: the matrix row for a matrix or a <see cref="CsvReadResult"/> (accepted rows only), or the data row of a streamed file (rejected rows counted).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long Row { get => _row; init => _row = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Row), value, "The row must not be negative."); }

    /// <summary>Gets the zero-based position of the set among the sets produced from the source.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long Index { get => _index; init => _index = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Index), value, "The index must not be negative."); }

    /// <summary>Gets the location, such as <c>data.csv:14</c>, or <c>matrix row 13</c> when there is no line.</summary>
    public string Location => _line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{_sourceName}:{line}")
        : string.Create(CultureInfo.InvariantCulture, $"{_sourceName} row {_row + 1}");

    /// <summary>Describes a rejection of the set from this source, such as <c>data.csv:14: Answer 9 lies outside the scale (1 to 5).</c>.</summary>
    /// <param name="rejection">The rejection from the scoring engine.</param>
    /// <returns>The location followed by every reason.</returns>
    public string Describe(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return Location + ": " + string.Join("; ", rejection.Reasons);
    }

    /// <inheritdoc/>
    public override string ToString() => Location;
}
