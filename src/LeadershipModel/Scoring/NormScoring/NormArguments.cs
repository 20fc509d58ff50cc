namespace LeadershipModel.Scoring;

/// <summary>What an <see cref="INormProvider"/> sees.</summary>
public readonly struct NormArguments
{
    internal NormArguments(string indexId, double score)
    {
        IndexId = indexId;
        Score = score;
    }

    /// <summary>Gets the index id (see <see cref="Norms.IndexIds"/>).</summary>
    public string IndexId { get; }

    /// <summary>Gets the person's score on the index.</summary>
    public double Score { get; }
}
