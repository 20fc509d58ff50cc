using System.Globalization;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting;

/// <summary>Options shared by the text, Markdown and HTML reports.</summary>
/// <remarks>
/// <para>Numbers are formatted with <see cref="Culture"/>, the invariant culture by default, so that a report reads
/// the same on every machine. Reports hold no clock and no randomness: the same profile and options give the same
/// text, byte for byte.</para>
/// <para>This type is immutable and thread-safe when its <see cref="Sections"/> are. Its checks run in the
/// <c>init</c> accessors, so a <see langword="with"/> expression cannot make an invalid value.</para>
/// </remarks>
public sealed record ReportOptions
{
    private readonly string _title = "Leadership profile";
    private readonly CultureInfo _culture = CultureInfo.InvariantCulture;
    private readonly int _decimals = 2;
    private readonly int _barWidth = 21;
    private readonly RadarChartOptions _chart = RadarChartOptions.Default;
    private readonly AuthorityModel _authorityModel = AuthorityModel.Default;

    /// <summary>Gets the default options.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets the report title; "Leadership profile" by default (the HTML document's title when several profiles are rendered).</summary>
    public string Title { get => _title; init => _title = Preconditions.NotBlank(value, nameof(Title)); }

    /// <summary>Gets the culture numbers are formatted with; <see cref="CultureInfo.InvariantCulture"/> by default.</summary>
    public CultureInfo Culture { get => _culture; init => _culture = Preconditions.NotNull(value, nameof(Culture)); }

    /// <summary>Gets the number of decimals of strengths, orientations and indices, in [0, 6]; 2 by default.</summary>
    public int Decimals { get => _decimals; init => _decimals = Preconditions.InRange(value, 0, 6, nameof(Decimals)); }

    /// <summary>Gets the width in characters of the text report's orientation bar, an odd number in [5, 81]; 21 by default.</summary>
    public int BarWidth
    {
        get => _barWidth;
        init => _barWidth = value % 2 == 1 ? Preconditions.InRange(value, 5, 81, nameof(BarWidth)) : throw new ArgumentOutOfRangeException(nameof(BarWidth), value, "The bar width must be odd, so that the bar has a centre.");
    }

    /// <summary>Gets a value indicating whether text and Markdown reports use ASCII only (<c>&lt;--+--&gt;</c> instead of <c>◀──┼──▶</c>).</summary>
    public bool AsciiOnly { get; init; }

    /// <summary>Gets a value indicating whether the HTML report embeds the radar chart; <see langword="true"/> by default.</summary>
    public bool IncludeChart { get; init; } = true;

    /// <summary>Gets the options of the embedded radar chart.</summary>
    public RadarChartOptions Chart { get => _chart; init => _chart = Preconditions.NotNull(value, nameof(Chart)); }

    /// <summary>Gets the authority model that names sources, who confers them and the transactional levers; <see cref="AuthorityModel.Default"/> by default.</summary>
    public AuthorityModel AuthorityModel { get => _authorityModel; init => _authorityModel = Preconditions.NotNull(value, nameof(AuthorityModel)); }

    /// <summary>
    /// Gets additional sections appended to each profile's report, in order, such as a 360 comparison of self
    /// and others by role. Every text a section returns is escaped by the renderer.
    /// </summary>
    public EquatableArray<IReportSection> Sections { get; init; }

    internal NumberFormat Numbers => new(_culture, _decimals);
}
