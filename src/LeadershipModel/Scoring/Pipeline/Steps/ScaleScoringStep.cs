using System.Globalization;

namespace LeadershipModel.Scoring;

/// <summary>Scores each scale that has enough answers with the scale scorer; a scale the scorer cannot score (NaN) is not scored.</summary>
/// <param name="scorer">The scorer.</param>
/// <param name="rawIsSum">Whether <see cref="ScaleScore.RawScore"/> is the prorated sum rather than the mean of the answers.</param>
internal sealed class ScaleScoringStep(IScaleScorer scorer, bool rawIsSum) : PipelineStep(PipelineSteps.ScaleScoring, scorer.Name, "Scale scorer")
{
    public override void Run(ScoringContext context)
    {
        var compiled = context.Instrument;
        var scales = compiled.Scales;
        var min = compiled.Instrument.Scale.Min;
        var range = compiled.Instrument.Scale.Max - min;
        var unit = context.Unit;
        var buffer = context.ScaleBuffer;
        var eligible = context.Eligible;
        var answeredBy = context.ScaleAnswered;
        var errors = context.StandardErrors;
        var scores = new ScaleScore[scales.Length];

        // The built-in mean and sum scorers cannot fault: their sums are taken straight from the unit values, in one
        // pass over the items, which meets each scale's items in the scale's order (the scorer's order, so the same
        // sums), without a buffer, an argument or a call per scale.
        var means = scorer is BuiltInScaleScorer { Method: not ScaleScoringMethod.WeightedMean } && compiled.ItemScale is { } scaleOf
            ? (scales.Length <= 256 ? stackalloc double[scales.Length] : new double[scales.Length])
            : default;
        if (!means.IsEmpty)
        {
            BuiltInScaleScorer.UnweightedMeans(unit, compiled.ItemScale!, means);
        }

        for (var s = 0; s < scores.Length; s++)
        {
            var scale = scales[s];
            var indexes = scale.ItemIndexes;
            var answered = answeredBy[s];
            var score = double.NaN;
            if (!means.IsEmpty)
            {
                score = eligible[s] ? means[s] : double.NaN;
            }
            else if (eligible[s])
            {
                for (var k = 0; k < indexes.Length; k++)
                {
                    buffer[k] = unit[indexes[k]];
                }

                context.FaultScaleIndex = s;
                score = scorer.Score(new ScaleScoringArguments(scale.Target, scale.Items, buffer.AsMemory(0, indexes.Length), answered));
                if (!double.IsNaN(score) && !(score is >= 0 and <= 1))
                {
                    throw OutsideUnit(score, scale);
                }
            }

            // Checked values only from here on, so the scores are built without the public accessors' validation.
            var rawMean = min + (score * range);
            scores[s] = double.IsNaN(score)
                ? new ScaleScore(scale.Target, scored: false, double.NaN, double.NaN, answered, indexes.Length, errors[s])
                : new ScaleScore(scale.Target, scored: true, score, rawIsSum ? rawMean * indexes.Length : rawMean, answered, indexes.Length, errors[s]);
        }

        context.Scales = scores;
    }

    public override void Describe(StepDescription description) => description.Add("raw", rawIsSum ? "sum" : "mean");

    private static PluginResultException OutsideUnit(double score, CompiledScale scale)
        => new($"returned {score.ToString(CultureInfo.InvariantCulture)} for scale '{scale.Target.Key}', outside [0, 1].");
}
