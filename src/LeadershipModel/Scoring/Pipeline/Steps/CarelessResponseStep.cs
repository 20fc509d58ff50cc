namespace LeadershipModel.Scoring;

/// <summary>Measures careless answering: the longest run of identical answers and the answers' variability.</summary>
internal sealed class CarelessResponseStep(DiagnosticsOptions options) : PipelineStep("diagnostics", "careless-response", "Careless-response check")
{
    public override void Run(ScoringContext context)
    {
        var raw = context.Raw;
        var (longestRun, variability) = CarelessResponse.Measure(raw, context.Instrument.WholeAnswerSumsExact);
        context.LongestRun = longestRun;
        context.RunLimit = Math.Max(4, (int)Math.Ceiling(options.LongRunShare * raw.Length));
        context.ResponseVariability = variability;
    }

    public override void Describe(StepDescription description) => description.Add("long-run-share", options.LongRunShare);
}
