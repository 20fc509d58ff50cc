namespace LeadershipModel.Scoring;

/// <summary>
/// Fills the unanswered items of each scale that has enough answers with the item's mean or median in a reference
/// sample, keyed and scaled by the same item transform as the answers.
/// </summary>
internal sealed class ImputationStep : PipelineStep
{
    private readonly IItemTransform _transform;
    private readonly ImputationMethod _method;
    private readonly double[][] _imputed;
    private readonly string _statistics;

    /// <summary>Initializes the step.</summary>
    /// <param name="transform">The item transform.</param>
    /// <param name="options">The missing-data options, with the method and the statistics.</param>
    /// <param name="instruments">The engine's instruments, in <see cref="CompiledInstrument.Ordinal"/> order.</param>
    public ImputationStep(IItemTransform transform, MissingDataOptions options, IReadOnlyList<Instruments.Instrument> instruments)
        : base(PipelineSteps.MissingData, transform.Name, "Item transform")
    {
        _transform = transform;
        _method = options.Imputation;
        var stats = options.ItemStatistics.ToDictionary(s => s.ItemId, StringComparer.Ordinal);
        _imputed = instruments.Select(instrument => instrument.Items.Select(i => Value(stats[i.Id])).ToArray()).ToArray();

        // The data the step scores with: each item's value under the method, in item id order.
        _statistics = string.Join(";", options.ItemStatistics.Select(s => s.ItemId + "=" + StepDescription.Number(Value(s))).Order(StringComparer.Ordinal));
    }

    public override void Run(ScoringContext context)
    {
        var compiled = context.Instrument;
        var scale = compiled.Instrument.Scale;
        var imputed = _imputed[compiled.Ordinal];
        var eligible = context.Eligible;
        var answered = context.ScaleAnswered;
        var unit = context.UnitScratch(copyUnit: true);
        for (var s = 0; s < compiled.Scales.Length; s++)
        {
            var compiledScale = compiled.Scales[s];
            if (!eligible[s] || answered[s] == compiledScale.ItemIndexes.Length)
            {
                continue;
            }

            var items = compiledScale.Items.AsSpan();
            for (var k = 0; k < items.Length; k++)
            {
                var i = compiledScale.ItemIndexes[k];
                if (double.IsNaN(unit[i]))
                {
                    context.FaultItemIndex = i;
                    unit[i] = ItemTransformStep.Checked(_transform.Transform(new ItemTransformArguments(items[k], scale, scale.Clamp(imputed[i]))), items[k].Id);
                }
            }
        }

        context.CommitUnit();
    }

    public override void Describe(StepDescription description) => description.Add("method", _method.ToString()).AddData("statistics", _statistics);

    private double Value(ItemStatistic statistic) => _method == ImputationMethod.ItemMean ? statistic.Mean : statistic.Median;
}
