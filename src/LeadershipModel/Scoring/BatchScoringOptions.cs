namespace LeadershipModel.Scoring;

/// <summary>Options of <see cref="ScoringEngine.ScoreBatch"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record BatchScoringOptions
{
    private readonly int _maxDegreeOfParallelism = 1;

    /// <summary>Gets the largest number of threads to score on; 1 (sequential) by default, −1 for as many as the machine has.</summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is -1 or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Use -1 or a positive number.");
    }
}
