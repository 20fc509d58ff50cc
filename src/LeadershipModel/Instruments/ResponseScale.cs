using LeadershipModel.Internal;

namespace LeadershipModel.Instruments;

/// <summary>The scale on which an instrument's items are answered: a minimum, a maximum, whether only whole
/// numbers are allowed, and labels for some points.</summary>
/// <remarks>
/// <para>Create with <see cref="Likert"/> or <see cref="Create"/>; <see cref="Default"/> is a five-point Likert
/// scale from 1 to 5.</para>
/// <para>This type is immutable and thread-safe; it has no <c>init</c> accessors, so a <see langword="with"/>
/// expression cannot make <see cref="Min"/> reach <see cref="Max"/>.</para>
/// </remarks>
public sealed record ResponseScale
{
    /// <summary>The largest magnitude a bound may have: beyond it, scaling answers to [0, 1] loses them (every score becomes 0).</summary>
    internal const double MaxBound = 1e9;

    /// <summary>The rule for bounds, as the messages state it.</summary>
    internal const string BoundRule = "Scale bounds must lie within -1,000,000,000 and 1,000,000,000; beyond that every scaled answer, and so every score, would be 0.";

    private ResponseScale(double min, double max, bool integerOnly, EquatableArray<ScaleLabel> labels)
    {
        Min = min;
        Max = max;
        IntegerOnly = integerOnly;
        Labels = labels;
    }

    /// <summary>Gets the default scale: five points from 1 ("Strongly disagree") to 5 ("Strongly agree").</summary>
    public static ResponseScale Default { get; } = Likert(5);

    /// <summary>Gets the smallest allowed answer.</summary>
    public double Min { get; }

    /// <summary>Gets the largest allowed answer.</summary>
    public double Max { get; }

    /// <summary>Gets a value indicating whether only whole numbers are allowed.</summary>
    public bool IntegerOnly { get; }

    /// <summary>Gets the labels of some or all points, in ascending order of value.</summary>
    public EquatableArray<ScaleLabel> Labels { get; }

    /// <summary>Creates a Likert scale from 1 to <paramref name="points"/>, labelled for 5 and 7 points.</summary>
    /// <param name="points">The number of points, 2 to 11.</param>
    /// <returns>The scale.</returns>
    public static ResponseScale Likert(int points)
    {
        Preconditions.InRange(points, 2, 11);
        string[] labels = points switch
        {
            5 => ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
            7 => ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"],
            _ => [],
        };
        return Create(1, points, integerOnly: true, labels.Select((t, i) => new ScaleLabel(i + 1, t)));
    }

    /// <summary>Creates a scale.</summary>
    /// <param name="min">The smallest allowed answer.</param>
    /// <param name="max">The largest allowed answer; greater than <paramref name="min"/>. Both bounds lie within ±1,000,000,000.</param>
    /// <param name="integerOnly">Whether only whole numbers are allowed.</param>
    /// <param name="labels">Labels for some points; each value within the scale and unique.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">The bounds or labels are invalid.</exception>
    public static ResponseScale Create(double min, double max, bool integerOnly = true, IEnumerable<ScaleLabel>? labels = null)
    {
        Preconditions.Finite(min);
        Preconditions.Finite(max);
        if (Math.Abs(min) > MaxBound || Math.Abs(max) > MaxBound)
        {
            throw new ArgumentOutOfRangeException(Math.Abs(min) > MaxBound ? nameof(min) : nameof(max), BoundRule);
        }

        if (!(min < max))
        {
            throw new ArgumentException($"The scale minimum ({min}) must be less than its maximum ({max}).", nameof(max));
        }

        if (integerOnly && (min != Math.Floor(min) || max != Math.Floor(max)))
        {
            throw new ArgumentException("An integer scale needs whole-number bounds.", nameof(integerOnly));
        }

        var sorted = (labels ?? []).OrderBy(l => Preconditions.NotNull(l, nameof(labels)).Value).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Value < min || sorted[i].Value > max)
            {
                throw new ArgumentException($"Label value {sorted[i].Value} lies outside the scale [{min}, {max}].", nameof(labels));
            }

            if (i > 0 && sorted[i].Value == sorted[i - 1].Value)
            {
                throw new ArgumentException($"Label value {sorted[i].Value} appears more than once.", nameof(labels));
            }
        }

        return new ResponseScale(min, max, integerOnly, sorted.ToEquatableArray());
    }

    /// <summary>Gets a value indicating whether an answer is allowed on this scale.</summary>
    /// <param name="value">The answer.</param>
    /// <returns><see langword="true"/> when it is finite, within the bounds and, for an integer scale, whole.</returns>
    public bool Contains(double value) => value >= Min && value <= Max && (!IntegerOnly || IsWhole(value));

    /// <summary>
    /// Whether an answer within the scale's bounds (at most 10⁹ from zero) is whole: adding and taking away 1.5 · 2⁵²
    /// rounds it to the nearest whole number, with no call (<see cref="Math.Floor(double)"/> is a libm call in the
    /// native tool, which targets the x86-64 baseline) and no conversion.
    /// </summary>
    internal static bool IsWhole(double value) => value + RoundingMagic - RoundingMagic == value;

    /// <summary>1.5 · 2⁵²: a double of this size has no fraction bits, so adding it rounds to a whole number.</summary>
    private const double RoundingMagic = 6755399441055744.0;

    /// <summary>Reverses an answer: <c>max + min − x</c>.</summary>
    /// <param name="value">The answer.</param>
    /// <returns>The reversed answer.</returns>
    public double Reverse(double value) => Max + Min - value;

    /// <summary>Scales an answer to [0, 1]: <c>(x − min) / (max − min)</c>.</summary>
    /// <param name="value">The answer.</param>
    /// <returns>The scaled answer.</returns>
    public double ToUnit(double value) => (value - Min) / (Max - Min);

    /// <summary>Clamps an answer into the scale and, for an integer scale, rounds it to the nearest whole number (halves away from zero).</summary>
    /// <param name="value">The answer; must be finite.</param>
    /// <returns>The nearest allowed answer.</returns>
    public double Clamp(double value)
    {
        var clamped = Math.Clamp(Preconditions.Finite(value), Min, Max);
        return IntegerOnly ? Math.Round(clamped, MidpointRounding.AwayFromZero) : clamped;
    }
}
