using System.Globalization;
using System.Runtime.CompilerServices;
using LeadershipModel.Instruments;

namespace LeadershipModel.Scoring;

/// <summary>Scores each scale that has enough answers with the scale scorer; a scale the scorer cannot score (NaN) is not scored.</summary>
/// <param name="scorer">The scorer.</param>
/// <param name="rawIsSum">Whether <see cref="ScaleScore.RawScore"/> is the prorated sum rather than the mean of the answers.</param>
internal sealed class ScaleScoringStep(IScaleScorer scorer, bool rawIsSum) : PipelineStep(PipelineSteps.ScaleScoring, scorer.Name, "Scale scorer")
{
    // The built-in mean and sum scorers cannot fault: their sums are taken straight from the unit values, in one pass
    // over the items, which meets each scale's items in the scale's order (the scorer's order, so the same sums),
    // without a buffer, an argument or a call per scale.
    private readonly bool _builtInMean = scorer is BuiltInScaleScorer { Method: not ScaleScoringMethod.WeightedMean };

    public override void Run(ScoringContext context)
    {
        var compiled = context.Instrument;
        if (_builtInMean && compiled.ItemScale is { } scaleOf)
        {
            RunMeans(context, scaleOf);
            return;
        }

        var scales = compiled.Scales;
        var min = compiled.Instrument.Scale.Min;
        var range = compiled.Instrument.Scale.Max - min;
        var unit = context.Unit;
        var buffer = context.ScaleBuffer;
        var eligible = context.Eligible;
        var answeredBy = context.ScaleAnswered;
        var errors = context.StandardErrors;
        var scores = new ScaleScore[scales.Length];
        for (var s = 0; s < scores.Length; s++)
        {
            var scale = scales[s];
            var indexes = scale.ItemIndexes;
            var score = double.NaN;
            if (eligible[s])
            {
                for (var k = 0; k < indexes.Length; k++)
                {
                    buffer[k] = unit[indexes[k]];
                }

                context.FaultScaleIndex = s;
                score = scorer.Score(new ScaleScoringArguments(scale.Target, scale.Items, buffer.AsMemory(0, indexes.Length), answeredBy[s]));
                if (!double.IsNaN(score) && !(score is >= 0 and <= 1))
                {
                    throw OutsideUnit(score, scale);
                }
            }

            scores[s] = Build(scale.Target, score, answeredBy[s], indexes.Length, errors[s], min, range, rawIsSum);
        }

        context.Scales = scores;
    }

    public override void Describe(StepDescription description) => description.Add("raw", rawIsSum ? "sum" : "mean");

    /// <summary>The built-in mean or sum: every scale's mean in one pass over the items, then the scores.</summary>
    private void RunMeans(ScoringContext context, int[] scaleOf)
    {
        var compiled = context.Instrument;
        var min = compiled.Instrument.Scale.Min;
        var range = compiled.Instrument.Scale.Max - min;
        var means = context.ScaleMeans;
        BuiltInScaleScorer.UnweightedMeans(context.Unit, scaleOf, means, context.ScaleCounts);
        var targets = compiled.ScaleTargets.AsSpan();
        var lengths = compiled.ScaleLengths.AsSpan();
        var eligible = context.Eligible;
        var answeredBy = context.ScaleAnswered;
        var errors = context.StandardErrors;
        var scores = new ScaleScore[targets.Length];
        var count = Math.Min(scores.Length, Math.Min(lengths.Length, Math.Min(means.Length, Math.Min(eligible.Length, Math.Min(answeredBy.Length, errors.Length)))));
        for (var s = 0; s < count; s++)
        {
            scores[s] = Build(targets[s], eligible[s] ? means[s] : double.NaN, answeredBy[s], lengths[s], errors[s], min, range, rawIsSum);
        }

        context.Scales = scores;
    }

    /// <summary>
    /// A scale's score from checked values (a score in [0, 1] or NaN for not scored), built without the public
    /// accessors' validation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ScaleScore Build(ItemTarget target, double score, int answered, int length, double error, double min, double range, bool rawIsSum)
    {
        var rawMean = min + (score * range);
        return double.IsNaN(score)
            ? new ScaleScore(target, scored: false, double.NaN, double.NaN, answered, length, error)
            : new ScaleScore(target, scored: true, score, rawIsSum ? rawMean * length : rawMean, answered, length, error);
    }

    private static PluginResultException OutsideUnit(double score, CompiledScale scale)
        => new($"returned {score.ToString(CultureInfo.InvariantCulture)} for scale '{scale.Target.Key}', outside [0, 1].");
}
