namespace LeadershipModel.Analysis.Change;

/// <summary>How <see cref="ReliableChange"/> compares two administrations.</summary>
/// <remarks>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</remarks>
public sealed record ReliableChangeOptions
{
    private readonly double _z = 1.96;
    private readonly int _anonymityThreshold = 3;
    private readonly ChangeReliability _reliability = null!;

    /// <summary>Gets the reliabilities and their source.</summary>
    public required ChangeReliability Reliability { get => _reliability; init => _reliability = value ?? throw new ArgumentNullException(nameof(Reliability)); }

    /// <summary>Gets the critical |RCI|; 1.96 (two-sided 5%) by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double Z
    {
        get => _z;
        init => _z = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Z), value, "z must be positive and finite.");
    }

    /// <summary>Gets the smallest anonymous 360 rater group shown (as in feedback); 3 by default, never below 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int AnonymityThreshold
    {
        get => _anonymityThreshold;
        init => _anonymityThreshold = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(AnonymityThreshold), value, "The anonymity threshold is at least 2.");
    }
}
