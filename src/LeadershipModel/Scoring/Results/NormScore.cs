namespace LeadershipModel.Scoring;

/// <summary>An index compared with a norm sample: its percentile rank and normalised T-score.</summary>
/// <param name="IndexId">The index id (see <see cref="Norms.IndexIds"/>).</param>
/// <param name="Score">The person's score.</param>
/// <param name="Percentile">The percentile rank in [0, 100].</param>
/// <param name="TScore">The normalised T-score (mean 50, sd 10).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record NormScore(string IndexId, double Score, double Percentile, double TScore);
