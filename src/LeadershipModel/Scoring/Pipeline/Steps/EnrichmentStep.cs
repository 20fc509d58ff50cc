namespace LeadershipModel.Scoring;

/// <summary>Runs one enricher on a scratch copy of the extensions, committed only when it returns: an enricher that throws leaves nothing behind.</summary>
internal sealed class EnrichmentStep(IProfileEnricher enricher) : PipelineStep(PipelineSteps.Enrichment, enricher.Name, "Enricher")
{
    public override StepFallback Fallback => StepFallback.Record;

    public override void Run(ScoringContext context)
    {
        var scratch = new ProfileExtensionsBuilder(context.Extensions);
        enricher.Enrich(new EnrichmentArguments(context.Profile!, context.Set, context.Instrument.Instrument, scratch));
        context.Extensions = scratch.Values;
    }
}
