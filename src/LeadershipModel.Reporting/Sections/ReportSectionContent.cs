using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;

namespace LeadershipModel.Reporting.Sections;

/// <summary>The format-neutral content of an <see cref="IReportSection"/>: a title, paragraphs, then tables.</summary>
/// <remarks>
/// <para>Every string is plain text; renderers escape it for their format.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ReportSectionContent
{
    private readonly string _title = string.Empty;

    /// <summary>Gets the section title.</summary>
    public required string Title { get => _title; init => _title = Preconditions.NotBlank(value, nameof(Title)); }

    /// <summary>Gets the paragraphs, shown before the tables.</summary>
    public EquatableArray<string> Paragraphs { get; init; }

    /// <summary>Gets the tables, in order.</summary>
    public EquatableArray<ReportTable> Tables { get; init; }
}
