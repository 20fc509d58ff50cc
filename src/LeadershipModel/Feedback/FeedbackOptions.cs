using LeadershipModel.Internal;
using LeadershipModel.Norms;

namespace LeadershipModel.Feedback;

/// <summary>How <see cref="FeedbackAggregator"/> groups raters and compares self with others.</summary>
/// <remarks>
/// <para>The default agreement margin is 0.1 on the [0, 1] metric of M, L and integration: 0.4 of a point on a five-point
/// scale (one point is 0.25), about half the standard deviation of a pole score in typical 360 data and close to the
/// standard error of measurement of a three- or four-item pole. Self–other agreement research classifies at about half
/// a standard deviation (Atwater &amp; Yammarino 1992; Fleenor et al. 1996), so a smaller gap is read as agreement
/// rather than noise. Set it from a norm sample's standard deviation where one exists.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record FeedbackOptions
{
    private readonly NormTable? _selfNorms;
    private readonly NormTable? _observerNorms;
    /// <summary>The smallest anonymity threshold allowed.</summary>
    public const int MinimumAnonymityThreshold = 2;

    private readonly int _anonymityThreshold = 3;
    private readonly double _agreementMargin = 0.1;
    private readonly double _highThreshold = 0.5;
    private readonly FeedbackGroupKind? _gapComparison;
    private readonly double _blindSpotThreshold = 1;
    private readonly double _hiddenStrengthThreshold = 1;

    /// <summary>Gets the default options.</summary>
    public static FeedbackOptions Default { get; } = new();

    /// <summary>Gets the least number of raters a peer, direct-report, other or combined group needs to be shown. Defaults to 3; never below 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <see cref="MinimumAnonymityThreshold"/>.</exception>
    public int AnonymityThreshold
    {
        get => _anonymityThreshold;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinimumAnonymityThreshold, nameof(AnonymityThreshold));
            _anonymityThreshold = value;
        }
    }

    /// <summary>
    /// Gets a value indicating whether managers are shown as their own group whatever their number (the default, as the
    /// leading 360 tools do). When <see langword="false"/>, managers are treated like peers: shown alone only with at
    /// least the anonymity threshold of them, else merged.
    /// </summary>
    public bool ShowManagerSeparately { get; init; } = true;

    /// <summary>Gets the margin in [0, 1) within which self and others agree. Defaults to 0.1 (see remarks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside [0, 1).</exception>
    public double AgreementMargin
    {
        get => _agreementMargin;
        init => _agreementMargin = value >= 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(AgreementMargin), value, "The margin lies in [0, 1).");
    }

    /// <summary>Gets the threshold in [0, 1] at or above which others' mean is high, for agreement. Defaults to 0.5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside [0, 1].</exception>
    public double HighThreshold
    {
        get => _highThreshold;
        init => _highThreshold = value >= 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(HighThreshold), value, "The threshold lies in [0, 1].");
    }

    /// <summary>
    /// Gets how many answer-scale points the person must rate an item above all others' mean for it to be a blind
    /// spot. Defaults to 1 (one point on a five-point scale, a quarter of its range).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double BlindSpotThreshold
    {
        get => _blindSpotThreshold;
        init => _blindSpotThreshold = double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BlindSpotThreshold), value, "The threshold is a positive number of scale points.");
    }

    /// <summary>Gets how many answer-scale points all others' mean must lie above the person's own answer for an item to be a hidden strength. Defaults to 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double HiddenStrengthThreshold
    {
        get => _hiddenStrengthThreshold;
        init => _hiddenStrengthThreshold = double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(HiddenStrengthThreshold), value, "The threshold is a positive number of scale points.");
    }

    /// <summary>
    /// Gets the group self is compared with, or <see langword="null"/> (the default) for every published rater but the
    /// target (<see cref="FeedbackGroupKind.AllOthers"/>). When the chosen group is not published there are no gaps.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is <see cref="FeedbackGroupKind.Self"/> or not defined.</exception>
    public FeedbackGroupKind? GapComparison
    {
        get => _gapComparison;
        init => _gapComparison = value is { } k && (k == FeedbackGroupKind.Self || !Enum.IsDefined(k))
            ? throw new ArgumentOutOfRangeException(nameof(GapComparison), value, "Self cannot be compared with itself.")
            : value;
    }

    /// <summary>Gets the norms for self-ratings (a table of <see cref="NormPerspective.Self"/>), or <see langword="null"/>; self scores get percentiles from it.</summary>
    /// <exception cref="ArgumentException">The table is not of self-ratings.</exception>
    public NormTable? SelfNorms
    {
        get => _selfNorms;
        init => _selfNorms = value is { Perspective: not NormPerspective.Self }
            ? throw new ArgumentException($"Norm table '{value.Id}' is not of self-ratings; self scores are compared with self norms only.", nameof(SelfNorms))
            : value;
    }

    /// <summary>Gets the norms for others' ratings (a table of <see cref="NormPerspective.Observer"/>), or <see langword="null"/>; every group but self gets percentiles from it.</summary>
    /// <exception cref="ArgumentException">The table is not of observers' ratings.</exception>
    public NormTable? ObserverNorms
    {
        get => _observerNorms;
        init => _observerNorms = value is { Perspective: not NormPerspective.Observer }
            ? throw new ArgumentException($"Norm table '{value.Id}' is not of observers' ratings; others' scores are compared with observer norms only.", nameof(ObserverNorms))
            : value;
    }

    /// <summary>Describes, in the reader's words, which norms the percentiles come from, or returns <see langword="null"/> without norms.</summary>
    /// <returns>The sentence, saying so when only one perspective has norms.</returns>
    public string? DescribeNorms() => (_selfNorms, _observerNorms) switch
    {
        (null, null) => null,
        ({ } self, null) => $"Percentiles: your self-rating against self-ratings in '{self.Name}' (n = {self.SampleSize}). That norm table holds self-ratings only, so others' figures get no percentile: self norms are not used for others.",
        (null, { } observer) => $"Percentiles: others' figures against observers' ratings in '{observer.Name}' (n = {observer.SampleSize}). That norm table holds observers' ratings only, so your self-rating gets no percentile: observer norms are not used for self.",
        ({ } self, { } observer) => $"Percentiles: your self-rating against self-ratings in '{self.Name}' (n = {self.SampleSize}); others' figures against observers' ratings in '{observer.Name}' (n = {observer.SampleSize}).",
    };
}
