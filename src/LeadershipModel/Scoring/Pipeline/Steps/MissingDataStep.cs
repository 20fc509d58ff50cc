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

        // The counting loops call nothing, so their variables stay in registers; the flags come after, for the rare
        // set with a scale short of answers.
        if (context.Instrument.ItemScale is { } scaleOf)
        {
            // Every item lies in exactly one scale: start from full scales and take one off a scale for each
            // missing item, which the item transform noted (its values are checked, so the items without one are
            // the items without an answer; few are).
            context.Instrument.ScaleLengths.CopyTo(answeredBy);
            foreach (var i in context.MissingItems[..(context.ItemCount - context.Answered)])
            {
                answeredBy[scaleOf[i]]--;
            }
        }
        else
        {
            for (var s = 0; s < scales.Length; s++)
            {
                var answered = 0;
                foreach (var i in scales[s].ItemIndexes)
                {
                    answered += double.IsNaN(unit[i]) ? 0 : 1;
                }

                answeredBy[s] = answered;
            }
        }

        var lengths = context.Instrument.ScaleLengths;
        var allEligible = true;
        for (var s = 0; s < scales.Length; s++)
        {
            var answered = answeredBy[s];
            eligible[s] = answered > 0 && answered >= share * lengths[s];
            allEligible &= eligible[s];
        }

        context.Flags = allEligible ? null : TooFewAnswered(scales, answeredBy, eligible, share);
    }

    public override void Describe(StepDescription description) => description.Add("minimum-share", options.MinimumAnsweredShare);

    private static List<DiagnosticFlag> TooFewAnswered(CompiledScale[] scales, ReadOnlySpan<int> answeredBy, ReadOnlySpan<bool> eligible, double share)
    {
        var flags = new List<DiagnosticFlag>(4);
        for (var s = 0; s < scales.Length; s++)
        {
            if (!eligible[s])
            {
                var key = scales[s].Target.Key;
                flags.Add(new DiagnosticFlag(
                    DiagnosticCodes.TooFewAnswered,
                    $"Scale '{key}' has {answeredBy[s]} of {scales[s].ItemIndexes.Length} items answered, fewer than the {share.ToString("P0", CultureInfo.InvariantCulture)} required; it is not scored.",
                    key));
            }
        }

        return flags;
    }
}
