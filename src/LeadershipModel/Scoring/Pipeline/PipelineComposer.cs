using LeadershipModel.Instruments;

namespace LeadershipModel.Scoring;

/// <summary>
/// Composes the pipeline from an engine's settings: the one place that declares which steps run, and in which
/// order. To add a step, write its class (one file under <c>Steps/</c>) and add one line here.
/// </summary>
internal static class PipelineComposer
{
    /// <summary>Gets the steps for the settings, in the order they run.</summary>
    /// <param name="s">The settings.</param>
    /// <returns>The steps.</returns>
    public static IEnumerable<PipelineStep> Compose(EngineSettings s)
    {
        yield return new AnswerValidationStep(s.AnswerValidation);
        foreach (var validator in s.Validators)
        {
            yield return new HostValidationStep(validator);
        }

        yield return new ValidationVerdictStep();
        yield return new ItemTransformStep(s.ItemTransform);
        yield return new MissingDataStep(s.MissingData);
        if (s.NormProvider is { } standardErrors)
        {
            yield return new NormStandardErrorStep(standardErrors);
        }

        if (s.MissingData.Imputation != ImputationMethod.None)
        {
            yield return new ImputationStep(s.ItemTransform, s.MissingData, s.Instruments);
        }

        yield return new ScaleScoringStep(s.ScaleScorer, s.RawScoreIsSum);
        yield return new DerivedIndicesStep(s.Classification.Threshold);
        yield return new AuthorityStep(s.AuthorityModel);
        yield return new ScoreabilityStep(s.MissingData);
        yield return new OutcomeStep(s.OutcomeModel, s.AuthorityModel);
        yield return new ClassificationStep(s.Classifier, s.Classification.Threshold);
        if (s.NormProvider is { } norms)
        {
            yield return new NormsStep(norms);
        }

        yield return new CarelessResponseStep(s.Diagnostics);
        yield return new ProfileAssemblyStep(s.AnswerValidation);
        foreach (var enricher in s.Enrichers)
        {
            yield return new EnrichmentStep(enricher);
        }

        foreach (var observer in s.Observers)
        {
            yield return new ObservationStep(observer);
        }
    }

    /// <summary>Writes the canonical description of the instruments, in id and version order (the order added does not change a profile).</summary>
    /// <param name="instruments">The instruments.</param>
    /// <param name="text">Receives the description.</param>
    public static void DescribeInstruments(IEnumerable<Instrument> instruments, System.Text.StringBuilder text)
    {
        foreach (var instrument in instruments.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Version, StringComparer.Ordinal))
        {
            text.Append("instrument|").Append(instrument.Id).Append('@').Append(instrument.Version)
                .Append('|').Append(StepDescription.Number(instrument.Scale.Min)).Append('-').Append(StepDescription.Number(instrument.Scale.Max))
                .Append(instrument.Scale.IntegerOnly ? "|integer" : "|real")
                .Append("|dimensions:").AppendJoin(',', instrument.Dimensions.Select(d => d.Id));
            foreach (var item in instrument.Items)
            {
                text.Append('|').Append(item.Id).Append(':').Append(item.Target.Key).Append(':').Append(item.Keying).Append(':').Append(StepDescription.Number(item.Weight));
            }

            foreach (var scale in instrument.Scales)
            {
                if (scale.Reliability is { } r)
                {
                    text.Append("|sem:").Append(scale.Target.Key).Append('=').Append(StepDescription.Number(r.StandardErrorOfMeasurement));
                }
            }

            text.Append('\n');
        }
    }
}
