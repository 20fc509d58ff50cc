using System.Globalization;
using LeadershipModel.Norms;

namespace LeadershipModel.Scoring;

/// <summary>
/// Compares the overall, dimension, authority and construct indices with norms. If the provider faults or returns
/// an unusable comparison, the profile has no norms, as without a norms step.
/// </summary>
internal sealed class NormsStep(INormProvider provider) : PipelineStep(PipelineSteps.Norms, provider.Name, "Norm provider")
{
    public override StepFallback Fallback => StepFallback.Record;

    public override void Run(ScoringContext context)
    {
        var results = new List<NormScore>();
        var overall = context.Overall!;
        Add(results, IndexIds.Management, overall.Management);
        Add(results, IndexIds.Leadership, overall.Leadership);
        Add(results, IndexIds.Orientation, overall.Orientation);
        Add(results, IndexIds.Integration, overall.Integration);
        foreach (var d in context.Dimensions!)
        {
            Add(results, IndexIds.ForDimension(d.DimensionId, IndexIds.Management), d.Position.Management);
            Add(results, IndexIds.ForDimension(d.DimensionId, IndexIds.Leadership), d.Position.Leadership);
            Add(results, IndexIds.ForDimension(d.DimensionId, IndexIds.Orientation), d.Position.Orientation);
            Add(results, IndexIds.ForDimension(d.DimensionId, IndexIds.Integration), d.Position.Integration);
        }

        if (context.Authority is { } authority)
        {
            foreach (var b in authority.Bases)
            {
                Add(results, IndexIds.ForPowerBase(b.Base), b.Strength);
            }

            foreach (var s in authority.Sources)
            {
                Add(results, IndexIds.ForSource(s.Source), s.Strength);
            }

            Add(results, IndexIds.FollowerShare, authority.FollowerConferredShare);
        }

        foreach (var c in context.Constructs)
        {
            Add(results, IndexIds.ForConstruct(c.Target.ConstructId!), c.Score);
        }

        context.Norms = results.ToEquatableArray();
    }

    public override void Describe(StepDescription description) => DescribeProvider(provider, description);

    /// <summary>Describes a provider: a norm table by the hash of its content, a host's provider by its name alone.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="description">The description.</param>
    public static void DescribeProvider(INormProvider provider, StepDescription description)
    {
        if (provider is NormTableProvider table)
        {
            description.AddData("table", Canonical(table.Table));
        }
    }

    private void Add(List<NormScore> results, string id, double? score)
    {
        if (score is not { } value || provider.Compare(new NormArguments(id, value)) is not { } norm)
        {
            return;
        }

        if (norm.IndexId != id || !(norm.Percentile is >= 0 and <= 100) || !double.IsFinite(norm.TScore) || !double.IsFinite(norm.Score))
        {
            throw new PluginResultException(FormattableString.Invariant($"returned percentile {norm.Percentile} and T-score {norm.TScore} for index '{norm.IndexId}' (asked for '{id}'); a percentile lies in [0, 100] and a T-score is finite."));
        }

        results.Add(norm);
    }

    private static string Canonical(NormTable table)
    {
        static string N(double? v) => v is { } x ? StepDescription.Number(x) : "-";
        var text = new System.Text.StringBuilder().Append(table.Id).Append('|').Append(table.SampleSize.ToString(CultureInfo.InvariantCulture));
        foreach (var index in table.Indices.OrderBy(i => i.IndexId, StringComparer.Ordinal))
        {
            text.Append('\n').Append(index.IndexId).Append('|').Append(index.SampleSize.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(N(index.Mean)).Append('|').Append(N(index.StandardDeviation)).Append('|').Append(N(index.Reliability));
            foreach (var point in index.Points)
            {
                text.Append('|').Append(N(point.Score)).Append(':').Append(N(point.Percentile));
            }
        }

        return text.ToString();
    }
}
