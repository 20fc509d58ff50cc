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

        // The scale scores are checked values (in [0, 1] or absent): the arithmetic runs on doubles with NaN for
        // "absent", as DimensionPosition's own properties would compute it, and the position is built unchecked.
        for (var d = 0; d < dimensions.Length; d++)
        {
            var cd = compiled.Dimensions[d];
            var m = cd.ManagementScale >= 0 ? scales[cd.ManagementScale].ScoreOrNaN : double.NaN;
            var l = cd.LeadershipScale >= 0 ? scales[cd.LeadershipScale].ScoreOrNaN : double.NaN;
            var b = cd.BipolarScale >= 0 ? scales[cd.BipolarScale].ScoreOrNaN : double.NaN;
            var bipolar = double.IsNaN(b) ? double.NaN : Math.Clamp((2 * b) - 1, -1, 1);
            var hasStrengths = !double.IsNaN(m) && !double.IsNaN(l);

            // A comparison with an unknown (NaN) standard error is false: no reliability, never borderline.
            var isBorderline = hasStrengths
                && (Math.Abs(m - threshold) < scales[cd.ManagementScale].StandardErrorOrNaN
                    || Math.Abs(l - threshold) < scales[cd.LeadershipScale].StandardErrorOrNaN);
            var orientation = hasStrengths ? l - m : bipolar;
            var integration = hasStrengths ? Math.Sqrt(m * l) : double.NaN;
            dimensions[d] = new DimensionScore(cd.Id, new DimensionPosition(m, l, bipolar, threshold), scales, cd.ManagementScale, cd.LeadershipScale, cd.BipolarScale, isBorderline);
            borderline += isBorderline ? 1 : 0;
            Accumulate(m, ref sumM, ref nM);
            Accumulate(l, ref sumL, ref nL);
            Accumulate(orientation, ref sumO, ref nO);
            Accumulate(integration, ref sumI, ref nI);
            scored += !double.IsNaN(m) || !double.IsNaN(l) || !double.IsNaN(orientation) ? 1 : 0;
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
            Quadrant = overallM is { } om && overallL is { } ol ? QuadrantClassifier.ClassifyChecked(Math.Clamp(om, 0, 1), Math.Clamp(ol, 0, 1), threshold) : null,
            DimensionsScored = scored,
        };
    }

    public override void Describe(StepDescription description) => description.Add("threshold", threshold);

    private static void Accumulate(double value, ref double sum, ref int count)
    {
        if (!double.IsNaN(value))
        {
            sum += value;
            count++;
        }
    }
}
