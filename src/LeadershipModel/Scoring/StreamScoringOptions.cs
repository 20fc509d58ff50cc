namespace LeadershipModel.Scoring;

/// <summary>Options of <see cref="ScoringEngine.ScoreAsync"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record StreamScoringOptions
{
    private readonly int _maxDegreeOfParallelism = 1;
    private readonly int _chunkSize = 256;

    /// <summary>Gets the largest number of threads to score a chunk on; 1 (sequential) by default, −1 for as many as the machine has.</summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is -1 or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "Use -1 or a positive number.");
    }

    /// <summary>Gets the number of sets read and scored at a time (the memory bound); 256 by default.</summary>
    public int ChunkSize
    {
        get => _chunkSize;
        init => _chunkSize = value is >= 1 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(ChunkSize), value, "Use 1 to 1,000,000.");
    }
}
