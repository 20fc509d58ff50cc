using LeadershipModel.Analysis.Internal;
using LeadershipModel.Internal;

namespace LeadershipModel.Analysis.Csv;

/// <summary>How <see cref="ResponseMatrixCsvReader"/> reads a wide CSV file of answers.</summary>
/// <remarks>
/// <para>By default the column <c>respondent</c> names who answered (rows are numbered 1, 2, … when there is none),
/// <c>target</c> whom the answers are about, <c>role</c> the rater's role, and every other column is an item when
/// at least half of its non-missing values in the first <see cref="DetectionRows"/> rows are numbers, else a grouping
/// column (a text value in an item column then rejects its row). Column names match case-insensitively.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CsvReadOptions
{
    private readonly string _respondentColumn = "respondent";
    private readonly string _targetColumn = "target";
    private readonly string _roleColumn = "role";
    private readonly int _detectionRows = 100;

    /// <summary>The most characters a row may hold (4 MiB); a longer row is rejected with its line. A row past 16 MiB characters stops the read.</summary>
    public const int MaxRowLength = 4 * 1024 * 1024;

    /// <summary>The most characters a field may hold (1 MiB); a row with a longer field is rejected with its line and column.</summary>
    public const int MaxFieldLength = 1024 * 1024;

    /// <summary>Gets the default options.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>Gets the item columns, in the order the matrix should hold them; <see langword="null"/> detects them. When set, every other column (apart from respondent, target and role) is a grouping column.</summary>
    public EquatableArray<string>? ItemColumns { get; init; }

    /// <summary>Gets columns that are grouping variables even though their values are numbers (such as <c>age</c>).</summary>
    public EquatableArray<string> GroupingColumns { get; init; }

    /// <summary>Gets the name of the column that identifies who answered. Defaults to <c>respondent</c>.</summary>
    public string RespondentColumn { get => _respondentColumn; init => _respondentColumn = Preconditions.NotBlank(value, nameof(RespondentColumn)); }

    /// <summary>Gets the name of the column that identifies whom the answers are about. Defaults to <c>target</c>.</summary>
    public string TargetColumn { get => _targetColumn; init => _targetColumn = Preconditions.NotBlank(value, nameof(TargetColumn)); }

    /// <summary>Gets the name of the column that holds the rater's role. Defaults to <c>role</c>.</summary>
    public string RoleColumn { get => _roleColumn; init => _roleColumn = Preconditions.NotBlank(value, nameof(RoleColumn)); }

    /// <summary>
    /// Gets the role of a row whose cell in the role column is empty, or <see langword="null"/> (the default) to reject
    /// such a row. A file without a role column is a file of self-assessments whatever this says.
    /// </summary>
    public RaterRole? DefaultRole { get; init; }

    /// <summary>Gets the separator, or <see langword="null"/> to detect it from the header row (<c>,</c> or <c>;</c>).</summary>
    public char? Separator { get; init; }

    /// <summary>
    /// Gets the text encoding of files and streams, or <see langword="null"/> (the default) for UTF-8 with or without a
    /// byte order mark. Bytes that are not valid in the encoding are an error with their byte offset, never replaced.
    /// Windows code pages need <c>Encoding.RegisterProvider(CodePagesEncodingProvider.Instance)</c> first.
    /// </summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>Gets how many data rows are examined to tell item columns from grouping columns. Defaults to 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int DetectionRows
    {
        get => _detectionRows;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(DetectionRows));
            _detectionRows = value;
        }
    }
}
