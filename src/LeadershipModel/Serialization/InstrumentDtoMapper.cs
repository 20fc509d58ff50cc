using LeadershipModel.Instruments;

namespace LeadershipModel.Serialization;

/// <summary>Maps an instrument to its JSON shape for writing.</summary>
internal static class InstrumentDtoMapper
{
    public static InstrumentDto ToDto(Instrument instrument)
    {
        var d = instrument.Definition;
        return new InstrumentDto
        {
            Schema = JsonSchemas.InstrumentSchemaId,
            Id = d.Id,
            Version = d.Version,
            Name = d.Name,
            Description = d.Description,
            Scale = new ScaleDto
            {
                Min = d.Scale.Min,
                Max = d.Scale.Max,
                IntegerOnly = d.Scale.IntegerOnly,
                Labels = d.Scale.Labels.Count == 0 ? null : ToDto(d.Scale.Labels),
            },
            Dimensions = d.Dimensions.Count == 0 ? null
                : d.Dimensions.Equals(DimensionSet.Canonical) ? new DimensionsDto(IsCanonical: true, null)
                : new DimensionsDto(IsCanonical: false, [.. d.Dimensions.Select(ToDto)]),
            Constructs = d.Constructs.Count == 0 ? null : [.. d.Constructs.Select(c => new ConstructDto(c.Id, c.Name, c.Description))],
            LabelSets = d.LabelSets.Count == 0 ? null : [.. d.LabelSets.Select(l => new LabelSetDto { Id = l.Id, Labels = ToDto(l.Labels) })],
            Items = [.. d.Items.Select(ToDto)],
            Forms = d.Forms.Count == 0 ? null : [.. d.Forms.Select(f => new FormDto { Id = f.Id, Items = f.ItemTexts })],
            OpenQuestions = d.OpenQuestions.Count == 0 ? null : [.. d.OpenQuestions.Select(q => new OpenQuestionDto { Id = q.Id, Texts = q.Texts })],
            Reliabilities = d.Reliabilities.Count == 0 ? null : [.. d.Reliabilities.Select(r => new ReliabilityDto(TargetDto.From(r.Target), r.Reliability, r.StandardDeviation))],
            IsValidated = d.IsValidated,
            Notes = d.Notes,
        };
    }

    private static DimensionDto ToDto(Dimension dimension) => new()
    {
        Id = dimension.Id,
        Name = dimension.Name,
        Facet = dimension.Facet,
        Order = dimension.Order,
        Description = dimension.Description,
        ManagementPole = new PoleDto(dimension.ManagementPole.Label, dimension.ManagementPole.Description),
        LeadershipPole = new PoleDto(dimension.LeadershipPole.Label, dimension.LeadershipPole.Description),
    };

    private static ItemDto ToDto(Item item) => new()
    {
        Id = item.Id,
        Text = item.Text,
        Target = TargetDto.From(item.Target),
        Keying = JsonNames.ToName(item.Keying),
        Weight = item.Weight,
        Labels = item.Labels,
    };

    private static List<ScaleLabelDto> ToDto(EquatableArray<ScaleLabel> labels) => [.. labels.Select(l => new ScaleLabelDto { Value = l.Value, Text = l.Text })];
}
