using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Scoring;

/// <summary>The score of one scale (the items sharing a target) in one response set.</summary>
/// <remarks>
/// <para>A value type, so that a profile's 40-odd scales live in one array. <c>default(ScaleScore)</c> is the
/// defined "not scored" value: status <see cref="ScaleStatus.TooFewAnswered"/>, no score, 0 of 0 items, and no
/// <see cref="Target"/> (<see langword="null"/>, the only case where it is).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct ScaleScore
{
    // Absent values are stored as all-zero bits (see AbsentAsZero), so that default(ScaleScore) has none; the
    // status shares a word with the item count (low bit set = scored).
    private readonly ItemTarget? _target;
    private readonly long _score;
    private readonly long _rawScore;
    private readonly long _standardError;
    private readonly int _itemsAnswered;
    private readonly int _countAndStatus;

    /// <summary>
    /// Initializes a value from parts the engine has already checked, without the public accessors' validation
    /// (the scoring pipeline builds some forty of these per profile).
    /// </summary>
    /// <param name="target">What the scale measures.</param>
    /// <param name="scored">Whether the scale was scored.</param>
    /// <param name="score">The score in [0, 1], or NaN when not scored.</param>
    /// <param name="rawScore">The score in the answer metric, or NaN when not scored.</param>
    /// <param name="itemsAnswered">The number of items answered.</param>
    /// <param name="itemCount">The number of items, at most <c>int.MaxValue &gt;&gt; 1</c>.</param>
    /// <param name="standardError">The standard error of measurement, or NaN when unknown.</param>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal ScaleScore(ItemTarget target, bool scored, double score, double rawScore, int itemsAnswered, int itemCount, double standardError)
    {
        Target = target;
        _score = AbsentAsZero.Encode(score);
        _rawScore = AbsentAsZero.Encode(rawScore);
        _standardError = AbsentAsZero.Encode(standardError);
        _itemsAnswered = itemsAnswered;
        _countAndStatus = (itemCount << 1) | (scored ? 1 : 0);
    }

    /// <summary>Gets what the scale measures; <see langword="null"/> only for <c>default(ScaleScore)</c>.</summary>
    public required ItemTarget Target { get => _target!; init => _target = Preconditions.NotNull(value, nameof(Target)); }

    /// <summary>Gets whether the scale was scored.</summary>
    public required ScaleStatus Status
    {
        get => (_countAndStatus & 1) == 1 ? ScaleStatus.Scored : ScaleStatus.TooFewAnswered;
        init => _countAndStatus = (_countAndStatus & ~1) | (Preconditions.Defined(value, nameof(Status)) == ScaleStatus.Scored ? 1 : 0);
    }

    /// <summary>Gets the score in [0, 1] (keyed, scaled items combined by the scale scorer), or <see langword="null"/> when not scored.</summary>
    public double? Score { get => AbsentAsZero.DecodeNullable(_score); init => _score = AbsentAsZero.Encode(value); }

    /// <summary>
    /// Gets the score in the instrument's answer metric: the (weighted) mean of the keyed answers, or for the
    /// sum method their prorated sum; <see langword="null"/> when not scored.
    /// </summary>
    public double? RawScore { get => AbsentAsZero.DecodeNullable(_rawScore); init => _rawScore = AbsentAsZero.Encode(value); }

    /// <summary>Gets the number of items answered (after validation).</summary>
    public required int ItemsAnswered { get => _itemsAnswered; init => _itemsAnswered = value; }

    /// <summary>Gets the number of items in the scale.</summary>
    public required int ItemCount
    {
        get => _countAndStatus >>> 1;
        init => _countAndStatus = (Preconditions.InRange(value, 0, int.MaxValue >> 1, nameof(ItemCount)) << 1) | (_countAndStatus & 1);
    }

    /// <summary>Gets the standard error of measurement in the unit metric, when the scale's reliability is known.</summary>
    public double? StandardError { get => AbsentAsZero.DecodeNullable(_standardError); init => _standardError = AbsentAsZero.Encode(value); }

    /// <summary>Gets <see cref="Score"/>, or NaN when not scored, without a nullable in between.</summary>
    internal double ScoreOrNaN => AbsentAsZero.Decode(_score);

    /// <summary>Gets <see cref="StandardError"/>, or NaN when unknown, without a nullable in between.</summary>
    internal double StandardErrorOrNaN => AbsentAsZero.Decode(_standardError);

    /// <summary>Gets a value indicating whether the scale has fewer than three items, which makes its score weak.</summary>
    public bool IsWeak => ItemCount < 3;

    /// <inheritdoc/>
    public bool Equals(ScaleScore other) =>
        Equals(_target, other._target) && _countAndStatus == other._countAndStatus && _itemsAnswered == other._itemsAnswered
        && Score.Equals(other.Score) && RawScore.Equals(other.RawScore) && StandardError.Equals(other.StandardError);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_target, _countAndStatus, _itemsAnswered, Score, RawScore, StandardError);
}
