using LeadershipModel.Norms;

namespace LeadershipModel.Scoring;

/// <summary>The default norms provider: percentile ranks and normalised T-scores from a <see cref="NormTable"/>.</summary>
internal sealed class NormTableProvider(NormTable table) : INormProvider
{
    public string Name => "norm-table:" + table.Id;

    /// <summary>Gets the table, whose content the engine's fingerprint hashes.</summary>
    public NormTable Table => table;

    public NormScore? Compare(in NormArguments arguments)
    {
        if (!table.TryGet(arguments.IndexId, out var index))
        {
            return null;
        }

        var percentile = index.PercentileOf(arguments.Score);
        return new NormScore(arguments.IndexId, arguments.Score, percentile, NormTable.NormalizedTScore(percentile));
    }

    public double? StandardError(string indexId) => table.TryGet(indexId, out var index) ? index.StandardErrorOfMeasurement : null;
}
