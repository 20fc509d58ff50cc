using System.Globalization;

namespace LeadershipModel.Scoring;

/// <summary>Counts each scale's answers and marks the scales with too few (below the minimum share) as not scored, with a flag each.</summary>
internal sealed class MissingDataStep(MissingDataOptions options) : PipelineStep(PipelineSteps.MissingData, "minimum-share", "Missing-data policy")
{
    public override void Run(ScoringContext context)
    {
        var scales = context.Instrument.Scales;
        var unit = context.Unit;
        var answeredBy = context.ScaleAnswered;
        var eligible = context.Eligible;
        var share = options.MinimumAnsweredShare;
        List<DiagnosticFlag>? flags = null;
        for (var s = 0; s < scales.Length; s++)
        {
            var indexes = scales[s].ItemIndexes;
            var answered = 0;
            foreach (var i in indexes)
            {
                answered += double.IsNaN(unit[i]) ? 0 : 1;
            }

            answeredBy[s] = answered;
            eligible[s] = answered > 0 && answered >= share * indexes.Length;
            if (!eligible[s])
            {
                (flags ??= new List<DiagnosticFlag>(4)).Add(TooFewAnswered(scales[s], answered, share));
            }
        }

        context.Flags = flags;
    }

    public override void Describe(StepDescription description) => description.Add("minimum-share", options.MinimumAnsweredShare);

    private static DiagnosticFlag TooFewAnswered(CompiledScale scale, int answered, double share) => new(
        DiagnosticCodes.TooFewAnswered,
        $"Scale '{scale.Target.Key}' has {answered} of {scale.ItemIndexes.Length} items answered, fewer than the {share.ToString("P0", CultureInfo.InvariantCulture)} required; it is not scored.",
        scale.Target.Key);
}
