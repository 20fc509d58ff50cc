using System.Globalization;

namespace LeadershipModel.Scoring;

/// <summary>Counts each scale's answers and marks the scales with too few (below the minimum share) as not scored, with a flag each.</summary>
internal sealed class MissingDataStep(MissingDataOptions options) : PipelineStep(PipelineSteps.MissingData, "minimum-share", "Missing-data policy")
{
    public override void Run(ScoringContext context)
    {
        var compiled = context.Instrument;
        var scales = compiled.Scales;
        var itemScale = compiled.ItemScale;
        var unit = context.Unit;
        var answeredBy = context.ScaleAnswered;
        var eligible = context.Eligible;

        // One pass over the items, each counted for its own scale, instead of one pass per scale.
        answeredBy.Clear();
        for (var i = 0; i < unit.Length; i++)
        {
            answeredBy[itemScale[i]] += double.IsNaN(unit[i]) ? 0 : 1;
        }

        List<DiagnosticFlag>? flags = null;
        for (var s = 0; s < scales.Length; s++)
        {
            var answered = answeredBy[s];
            var count = scales[s].ItemIndexes.Length;
            eligible[s] = answered > 0 && answered >= options.MinimumAnsweredShare * count;
            if (!eligible[s])
            {
                (flags ??= new List<DiagnosticFlag>(4)).Add(new DiagnosticFlag(DiagnosticCodes.TooFewAnswered,
                    $"Scale '{scales[s].Target.Key}' has {answered} of {count} items answered, fewer than the {options.MinimumAnsweredShare.ToString("P0", CultureInfo.InvariantCulture)} required; it is not scored.",
                    scales[s].Target.Key));
            }
        }

        context.Flags = flags;
    }

    public override void Describe(StepDescription description) => description.Add("minimum-share", options.MinimumAnsweredShare);
}
