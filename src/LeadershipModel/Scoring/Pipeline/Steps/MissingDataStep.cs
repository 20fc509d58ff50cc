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
        List<DiagnosticFlag>? flags = null;
        for (var s = 0; s < scales.Length; s++)
        {
            var scale = scales[s];
            var answered = 0;
            foreach (var i in scale.ItemIndexes)
            {
                answered += double.IsNaN(unit[i]) ? 0 : 1;
            }

            var count = scale.ItemIndexes.Length;
            answeredBy[s] = answered;
            eligible[s] = answered > 0 && answered >= options.MinimumAnsweredShare * count;
            if (!eligible[s])
            {
                (flags ??= new List<DiagnosticFlag>(4)).Add(new DiagnosticFlag(DiagnosticCodes.TooFewAnswered,
                    $"Scale '{scale.Target.Key}' has {answered} of {count} items answered, fewer than the {options.MinimumAnsweredShare.ToString("P0", CultureInfo.InvariantCulture)} required; it is not scored.",
                    scale.Target.Key));
            }
        }

        context.Flags = flags;
    }

    public override void Describe(StepDescription description) => description.Add("minimum-share", options.MinimumAnsweredShare);
}
