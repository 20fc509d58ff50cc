using System.Globalization;

namespace LeadershipModel.Scoring;

/// <summary>
/// Takes each scale's standard error of measurement from the norm sample where the instrument gives none. If the
/// provider faults, the scales keep the instrument's standard errors, as without a norms step.
/// </summary>
internal sealed class NormStandardErrorStep(INormProvider provider) : PipelineStep(PipelineSteps.Norms, provider.Name, "Norm provider")
{
    public override StepFallback Fallback => StepFallback.Record;

    public override void Run(ScoringContext context)
    {
        var scales = context.Instrument.Scales;
        Span<double> found = scales.Length <= 256 ? stackalloc double[scales.Length] : new double[scales.Length];
        var current = context.StandardErrors;
        for (var s = 0; s < scales.Length; s++)
        {
            found[s] = current[s];
            if (double.IsNaN(found[s]) && provider.StandardError(scales[s].IndexId) is { } error)
            {
                found[s] = error is >= 0 && double.IsFinite(error)
                    ? error
                    : throw new PluginResultException($"returned a standard error of {error.ToString(CultureInfo.InvariantCulture)} for index '{scales[s].IndexId}'; it must be finite and not negative.");
            }
        }

        found.CopyTo(current);
    }

    public override void Describe(StepDescription description) => NormsStep.DescribeProvider(provider, description);
}
