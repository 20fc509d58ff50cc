using LeadershipModel.Internal;
using LeadershipModel.Reporting.Internal;
using LeadershipModel.Reporting.Pdf;

namespace LeadershipModel.Reporting.Charts;

/// <summary>Options of a <see cref="RadarChart"/>: size, title, series labels, font and spoke label wrapping.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value.</remarks>
public sealed record RadarChartOptions
{
    private readonly int _width = 800;
    private readonly int _height = 720;
    private readonly string _managementLabel = "Management (M)";
    private readonly string _leadershipLabel = "Leadership (L)";
    private readonly string _orientationLabel = "Orientation (0 = management pole, 1 = leadership pole)";
    private readonly int _labelLineLength = 16;
    private readonly float _fontSize = 12;

    /// <summary>Gets the default options: 800 × 720 pixels, no title.</summary>
    public static RadarChartOptions Default { get; } = new();

    /// <summary>Gets the width in pixels, in [100, 8000]; 800 by default.</summary>
    public int Width { get => _width; init => _width = Preconditions.InRange(value, 100, 8000, nameof(Width)); }

    /// <summary>Gets the height in pixels, in [100, 8000]; 720 by default.</summary>
    public int Height { get => _height; init => _height = Preconditions.InRange(value, 100, 8000, nameof(Height)); }

    /// <summary>Gets the title drawn above the chart, or <see langword="null"/> for none (the default).</summary>
    public string? Title { get; init; }

    /// <summary>Gets the legend text of the management strength series.</summary>
    public string ManagementLabel { get => _managementLabel; init => _managementLabel = Preconditions.NotBlank(value, nameof(ManagementLabel)); }

    /// <summary>Gets the legend text of the leadership strength series.</summary>
    public string LeadershipLabel { get => _leadershipLabel; init => _leadershipLabel = Preconditions.NotBlank(value, nameof(LeadershipLabel)); }

    /// <summary>Gets the legend text of the single series drawn for a profile measured only by bipolar items: orientation mapped from [−1, 1] to [0, 1].</summary>
    public string OrientationLabel { get => _orientationLabel; init => _orientationLabel = Preconditions.NotBlank(value, nameof(OrientationLabel)); }

    /// <summary>Gets the number of characters after which a spoke label wraps at a space, in [8, 200]; 16 by default.</summary>
    public int LabelLineLength { get => _labelLineLength; init => _labelLineLength = Preconditions.InRange(value, 8, 200, nameof(LabelLineLength)); }

    /// <summary>
    /// Gets the font family, or <see langword="null"/> (the default) for the first installed of DejaVu Sans,
    /// Liberation Sans, Arial, Helvetica, Segoe UI and Noto Sans, else ScottPlot's sans-serif choice.
    /// </summary>
    public string? FontName { get; init; }

    /// <summary>Gets the font size in pixels of the spoke labels, in [4, 72]; 12 by default.</summary>
    public float FontSize
    {
        get => _fontSize;
        init => _fontSize = value is >= 4 and <= 72 ? value : throw new ArgumentOutOfRangeException(nameof(FontSize), value, "The font size must lie in [4, 72].");
    }
}
