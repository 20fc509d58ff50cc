namespace LeadershipModel.Scoring;

/// <summary>Runs one host validator; the problems it reports reject the set. A validator that throws adds a <see cref="RejectionCodes.PluginFailed"/> problem, and nothing it reported before throwing.</summary>
internal sealed class HostValidationStep(IResponseValidator validator) : PipelineStep(PipelineSteps.Validation, validator.Name, "Validator")
{
    public override StepFallback Fallback => StepFallback.AddProblem;

    public override void Run(ScoringContext context)
    {
        var scratch = new List<RejectionReason>();
        validator.Validate(new ResponseValidationArguments(context.Set, context.Instrument.Instrument, scratch, validator.Name));
        if (scratch.Count > 0)
        {
            (context.Problems ??= []).AddRange(scratch);
        }
    }
}
