using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Responses;

/// <summary>How rows of answers become <see cref="ResponseSet"/>s for an instrument (see <see cref="InstrumentResponseReader"/>).</summary>
/// <remarks>
/// <para>Item columns are matched to the instrument's item ids exactly (case-sensitive). An instrument item with no
/// column is unanswered in every set. An item column that is not an item of the instrument is an error naming every
/// such column, unless <see cref="IgnoreUnknownItemColumns"/> is set.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ResponseSetReadOptions
{
    private readonly CsvReadOptions _csv = CsvReadOptions.Default;
    private readonly int _maxRejectionsKept = 1000;

    /// <summary>Gets the default options.</summary>
    public static ResponseSetReadOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether item columns that are not items of the instrument are left out instead of being an error. Defaults to <see langword="false"/>.</summary>
    public bool IgnoreUnknownItemColumns { get; init; }

    /// <summary>Gets how CSV files are read (column names, separator, detection of item columns).</summary>
    public CsvReadOptions Csv { get => _csv; init => _csv = Preconditions.NotNull(value, nameof(Csv)); }

    /// <summary>
    /// Gets how many rejected CSV rows a streaming <see cref="ResponseSetCsvReader"/> keeps in
    /// <see cref="ResponseSetCsvReader.Rejections"/>; later ones are only counted (and passed to the callback). Defaults to 1,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRejectionsKept
    {
        get => _maxRejectionsKept;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxRejectionsKept));
            _maxRejectionsKept = value;
        }
    }
}
