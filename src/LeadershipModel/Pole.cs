using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel;

/// <summary>One end of a <see cref="Dimension"/>: the management pole or the leadership pole.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors, so a
/// <see langword="with"/> expression cannot make an invalid value.</remarks>
public sealed record Pole
{
    private readonly string _label = string.Empty;
    private readonly string _description = string.Empty;

    /// <summary>Initializes a new pole.</summary>
    /// <param name="label">The short label, for example "Seek control".</param>
    /// <param name="description">A sentence saying what the pole means.</param>
    [SetsRequiredMembers]
    public Pole(string label, string description)
    {
        Label = label;
        Description = description;
    }

    /// <summary>Gets the short label, for example "Seek control". Never empty.</summary>
    public required string Label { get => _label; init => _label = Preconditions.NotBlank(value, nameof(Label)); }

    /// <summary>Gets a sentence saying what the pole means. Never empty.</summary>
    public required string Description { get => _description; init => _description = Preconditions.NotBlank(value, nameof(Description)); }

    /// <inheritdoc/>
    public override string ToString() => Label;
}
