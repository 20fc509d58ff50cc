namespace LeadershipModel.Scoring;

/// <summary>A person's result on one dimension: the position and the scales it came from.</summary>
/// <remarks>
/// <para>A value type, so that a profile's dimensions live in one array; its scales are the profile's own
/// <see cref="ScaleScore"/>s, referred to rather than copied. <c>default(DimensionScore)</c> is the defined "not
/// scored" value: no position measured, no scales, not borderline, and no <see cref="DimensionId"/>
/// (<see langword="null"/>, the only case where it is).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct DimensionScore
{
    private readonly string? _dimensionId;
    private readonly DimensionPosition _position;

    // The poles' and the bipolar scale's scores: indexes into an array shared with the profile's scales, or into a
    // small array of this value's own when set through the init accessors (NoScale = none).
    private const short NoScale = -1;
    private readonly ScaleScore[]? _scales;
    private readonly short _management;
    private readonly short _leadership;
    private readonly short _bipolar;
    private readonly bool _isBorderline;

    /// <summary>Initializes a new value.</summary>
    public DimensionScore()
    {
        _management = _leadership = _bipolar = NoScale;
    }

    /// <summary>Initializes a value whose scales are entries of an array shared with the profile (the engine's path, which copies nothing).</summary>
    // The required properties are set through their fields (CS8618 sees only the properties).
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal DimensionScore(string dimensionId, DimensionPosition position, ScaleScore[] scales, int management, int leadership, int bipolar, bool isBorderline)
    {
        // The fields directly: the engine's ids are the instrument's, checked when it was built.
        _dimensionId = dimensionId;
        _position = position;
        _scales = scales;
        _management = checked((short)management);
        _leadership = checked((short)leadership);
        _bipolar = checked((short)bipolar);
        _isBorderline = isBorderline;
    }
#pragma warning restore CS8618

    /// <summary>Gets the dimension id; <see langword="null"/> only for <c>default(DimensionScore)</c>.</summary>
    public required string DimensionId { get => _dimensionId!; init => _dimensionId = Internal.Preconditions.NotBlank(value, nameof(DimensionId)); }

    /// <summary>Gets the position: M, L, orientation, integration and quadrant, as far as they could be measured.</summary>
    public required DimensionPosition Position { get => _position; init => _position = value; }

    /// <summary>Gets the management pole's scale, or <see langword="null"/> when the instrument has none.</summary>
    public ScaleScore? Management { get => Scale(_management); init => (_scales, _management, _leadership, _bipolar) = WithScale(value, 0); }

    /// <summary>Gets the leadership pole's scale, or <see langword="null"/> when the instrument has none.</summary>
    public ScaleScore? Leadership { get => Scale(_leadership); init => (_scales, _management, _leadership, _bipolar) = WithScale(value, 1); }

    /// <summary>Gets the bipolar scale, or <see langword="null"/> when the instrument has none.</summary>
    public ScaleScore? Bipolar { get => Scale(_bipolar); init => (_scales, _management, _leadership, _bipolar) = WithScale(value, 2); }

    /// <summary>
    /// Gets a value indicating whether the quadrant is borderline: M or L lies within one standard error of
    /// measurement of the threshold. Always <see langword="false"/> when no reliability is known.
    /// </summary>
    public bool IsBorderline { get => _isBorderline; init => _isBorderline = value; }

    /// <summary>Gets a value indicating whether a pole rests on fewer than three items, which makes M or L weak.</summary>
    public bool IsWeak => (Management?.IsWeak ?? false) || (Leadership?.IsWeak ?? false);

    /// <inheritdoc/>
    public bool Equals(DimensionScore other) =>
        string.Equals(_dimensionId, other._dimensionId, StringComparison.Ordinal) && _position.Equals(other._position) && _isBorderline == other._isBorderline
        && Management.Equals(other.Management) && Leadership.Equals(other.Leadership) && Bipolar.Equals(other.Bipolar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_dimensionId, _position, _isBorderline, Management, Leadership, Bipolar);

    private ScaleScore? Scale(short index) => _scales is not null && index >= 0 ? _scales[index] : null;

    // Through the init accessors the scales go to an array of this value's own (copied on write, so that a `with`
    // never changes an array another value shares): slot 0 management, 1 leadership, 2 bipolar.
    private (ScaleScore[] Scales, short Management, short Leadership, short Bipolar) WithScale(ScaleScore? value, int slot)
    {
        ScaleScore?[] current = [Management, Leadership, Bipolar];
        current[slot] = value;
        var own = new ScaleScore[3];
        var indexes = new short[3];
        for (var i = 0; i < 3; i++)
        {
            own[i] = current[i] ?? default;
            indexes[i] = current[i] is null ? NoScale : (short)i;
        }

        return (own, indexes[0], indexes[1], indexes[2]);
    }
}
