using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>
/// A named set of answer labels, such as frequency labels ("Never" … "Almost always") for behaviour items. An item
/// names its set with <see cref="Item.Labels"/>; an item that names none is shown the scale's own labels
/// (agreement, on the default scale).
/// </summary>
/// <remarks>This type is immutable and thread-safe. Label values must lie on the instrument's scale, which
/// <see cref="Instrument.Create"/> checks.</remarks>
public sealed record LabelSet
{
    /// <summary>The conventional id of agreement labels ("Strongly disagree" … "Strongly agree"), for attitude items.</summary>
    public const string AgreementId = "agreement";

    /// <summary>The conventional id of frequency labels ("Never" … "Almost always"), for behaviour items.</summary>
    public const string FrequencyId = "frequency";

    private static readonly string[] FrequencyTexts = ["Never", "Rarely", "Sometimes", "Often", "Almost always"];

    private readonly string _id = string.Empty;
    private readonly EquatableArray<ScaleLabel> _labels;

    /// <summary>Initializes a new label set.</summary>
    /// <param name="id">The kebab-case id, such as <see cref="FrequencyId"/>.</param>
    /// <param name="labels">The labels; at least one, values unique.</param>
    [SetsRequiredMembers]
    public LabelSet(string id, IEnumerable<ScaleLabel> labels)
    {
        Id = id;
        Labels = Preconditions.NotNull(labels).ToEquatableArray();
    }

    /// <summary>Gets the kebab-case id.</summary>
    public required string Id { get => _id; init => _id = Preconditions.KebabId(value, nameof(Id)); }

    /// <summary>Gets the labels in ascending order of value.</summary>
    public required EquatableArray<ScaleLabel> Labels
    {
        get => _labels;
        init
        {
            if (value.Count == 0)
            {
                throw new ArgumentException("A label set needs at least one label.", nameof(Labels));
            }

            var sorted = value.OrderBy(l => Preconditions.NotNull(l, nameof(Labels)).Value).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].Value == sorted[i - 1].Value)
                {
                    throw new ArgumentException($"Label value {sorted[i].Value} appears more than once.", nameof(Labels));
                }
            }

            _labels = sorted.ToEquatableArray();
        }
    }

    /// <summary>Creates the agreement labels of a five-point scale from 1 to 5.</summary>
    /// <returns>The label set <see cref="AgreementId"/>.</returns>
    public static LabelSet Agreement() => new(AgreementId, ResponseScale.Likert(5).Labels);

    /// <summary>Creates the frequency labels of a five-point scale from 1 ("Never") to 5 ("Almost always").</summary>
    /// <returns>The label set <see cref="FrequencyId"/>.</returns>
    public static LabelSet Frequency()
        => new(FrequencyId, FrequencyTexts.Select((t, i) => new ScaleLabel(i + 1, t)));
}
