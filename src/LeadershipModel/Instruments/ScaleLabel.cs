using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>The label of one point of a <see cref="ResponseScale"/>, such as 1 = "Strongly disagree".</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScaleLabel
{
    private readonly double _value;
    private readonly LocalizedText _text = null!;

    /// <summary>Initializes a new label.</summary>
    /// <param name="value">The scale value.</param>
    /// <param name="text">The label text.</param>
    [SetsRequiredMembers]
    public ScaleLabel(double value, LocalizedText text)
    {
        Value = value;
        Text = text;
    }

    /// <summary>Gets the scale value.</summary>
    public required double Value { get => _value; init => _value = Preconditions.Finite(value, nameof(Value)); }

    /// <summary>Gets the label text.</summary>
    public required LocalizedText Text { get => _text; init => _text = Preconditions.NotNull(value, nameof(Text)); }
}
