namespace LeadershipModel.Scoring;

/// <summary>
/// Derives each dimension's position (M, L, orientation, integration, borderline) from its scales, the overall
/// indices and quadrant, and the construct scores.
/// </summary>
internal sealed class DerivedIndicesStep(double threshold) : PipelineStep(PipelineSteps.DerivedIndices, "dimensions", "Derived indices")
{
    public override void Run(ScoringContext context)
    {
        var compiled = context.Instrument;
        var scales = context.Scales!;
        var dimensions = new DimensionScore[compiled.Dimensions.Length];
        double sumM = 0, sumL = 0, sumO = 0, sumI = 0;
        int nM = 0, nL = 0, nO = 0, nI = 0, scored = 0, borderline = 0;
        for (var d = 0; d < dimensions.Length; d++)
        {
            var cd = compiled.Dimensions[d];
            var m = cd.ManagementScale >= 0 ? scales[cd.ManagementScale] : null;
            var l = cd.LeadershipScale >= 0 ? scales[cd.LeadershipScale] : null;
            var b = cd.BipolarScale >= 0 ? scales[cd.BipolarScale] : null;
            var position = new DimensionPosition
            {
                Management = m?.Score,
                Leadership = l?.Score,
                BipolarOrientation = b?.Score is { } bs ? Math.Clamp((2 * bs) - 1, -1, 1) : null,
                Threshold = threshold,
            };
            var isBorderline = position.HasStrengths
                && ((m!.StandardError is { } em && Math.Abs(position.Management!.Value - threshold) < em)
                    || (l!.StandardError is { } el && Math.Abs(position.Leadership!.Value - threshold) < el));
            dimensions[d] = new DimensionScore { DimensionId = cd.Id, Position = position, Management = m, Leadership = l, Bipolar = b, IsBorderline = isBorderline };
            borderline += isBorderline ? 1 : 0;
            Accumulate(position.Management, ref sumM, ref nM);
            Accumulate(position.Leadership, ref sumL, ref nL);
            Accumulate(position.Orientation, ref sumO, ref nO);
            Accumulate(position.Integration, ref sumI, ref nI);
            scored += position.Management.HasValue || position.Leadership.HasValue || position.Orientation.HasValue ? 1 : 0;
        }

        var constructs = compiled.ConstructScales.Length == 0 ? [] : new ScaleScore[compiled.ConstructScales.Length];
        var constructsScored = false;
        for (var c = 0; c < constructs.Length; c++)
        {
            constructs[c] = scales[compiled.ConstructScales[c]];
            constructsScored |= constructs[c].Status == ScaleStatus.Scored;
        }

        double? overallM = nM > 0 ? sumM / nM : null, overallL = nL > 0 ? sumL / nL : null;
        context.Dimensions = dimensions;
        context.DimensionsScored = scored;
        context.Borderline = borderline;
        context.Constructs = EquatableArray<ScaleScore>.TakeOwnership(constructs);
        context.ConstructsScored = constructsScored;
        context.Overall = new OverallIndices
        {
            Management = overallM,
            Leadership = overallL,
            Orientation = nO > 0 ? sumO / nO : null,
            Integration = nI > 0 ? sumI / nI : null,
            Quadrant = overallM is { } om && overallL is { } ol ? QuadrantClassifier.Classify(Math.Clamp(om, 0, 1), Math.Clamp(ol, 0, 1), threshold) : null,
            DimensionsScored = scored,
        };
    }

    public override void Describe(StepDescription description) => description.Add("threshold", threshold);

    private static void Accumulate(double? value, ref double sum, ref int count)
    {
        if (value is { } v)
        {
            sum += v;
            count++;
        }
    }
}
