using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Internal;

/// <summary>
/// The sections every report shows after the dimensions, as format-neutral content: overall indices, authority,
/// constructs, norms, diagnostics, extensions and provenance. Each renderer lays them out like a host's sections.
/// </summary>
internal static class StandardSections
{
    public static IEnumerable<ReportSectionContent> Build(LeadershipProfile profile, DimensionSet dimensions, ReportOptions options)
    {
        var n = options.Numbers;
        yield return Overall(profile, n);
        if (profile.Authority is { } authority)
        {
            yield return Authority(profile, authority, options.AuthorityModel, n);
        }

        if (profile.Constructs.Count > 0)
        {
            yield return Constructs(profile.Constructs, n);
        }

        yield return Diagnostics(profile.Diagnostics, n);
        if (profile.Extensions.Count > 0)
        {
            yield return Extensions(profile.Extensions, n);
        }

        yield return Provenance(profile.Provenance);
        if (profile.Norms.Count > 0)
        {
            yield return NormsSection(profile.Norms, dimensions, n);
        }
    }

    private static ReportSectionContent Overall(LeadershipProfile profile, NumberFormat n) => new()
    {
        Title = "Overall",
        Tables =
        [
            ReportTable.Create(
                ["Index", "Value"],
                [
                    ["Management (M)", NormMarks.With(profile, Norms.IndexIds.Management, n.Value(profile.Overall.Management), n)],
                    ["Leadership (L)", NormMarks.With(profile, Norms.IndexIds.Leadership, n.Value(profile.Overall.Leadership), n)],
                    ["Orientation (L - M)", NormMarks.With(profile, Norms.IndexIds.Orientation, n.Signed(profile.Overall.Orientation), n)],
                    ["Integration (sqrt(M * L))", NormMarks.With(profile, Norms.IndexIds.Integration, n.Value(profile.Overall.Integration), n)],
                    ["Quadrant", Labels.Of(profile.Overall.Quadrant)],
                    ["Profile type", profile.Overall.ProfileType is null ? NumberFormat.Missing : PlainText.Clean(profile.Overall.ProfileType)],
                    ["Dimensions scored", n.Integer(profile.Overall.DimensionsScored)],
                ]),
        ],
    };

    private static ReportSectionContent Authority(LeadershipProfile profile, AuthorityProfile authority, AuthorityModel model, NumberFormat n)
    {
        var bases = ReportTable.Create(
            ["Power base", "Source", "Conferred by", "Lever", "Strength"],
            authority.Bases.Select(b =>
            {
                var definition = model.GetBase(b.Base);
                return new[]
                {
                    Labels.Of(b.Base),
                    Labels.Of(definition.Source),
                    Labels.Of(model.GetSource(definition.Source).ConferredBy),
                    Labels.Of(definition.Lever),
                    NormMarks.With(profile, Norms.IndexIds.ForPowerBase(b.Base), n.Value(b.Strength), n),
                };
            }),
            "Power bases");
        var sources = ReportTable.Create(
            ["Source", "Conferred by", "Followers can withdraw", "Strength"],
            authority.Sources.Select(s =>
            {
                var definition = model.GetSource(s.Source);
                return new[] { Labels.Of(s.Source), Labels.Of(definition.ConferredBy), definition.FollowersCanWithdraw ? "yes" : "no", NormMarks.With(profile, Norms.IndexIds.ForSource(s.Source), n.Value(s.Strength), n) };
            }),
            "Sources");
        var outcome = authority.ExpectedOutcome;
        var summary = ReportTable.Create(
            ["Measure", "Value"],
            [
                ["Follower-conferred share", NormMarks.With(profile, Norms.IndexIds.FollowerShare, n.Value(authority.FollowerConferredShare), n)],
                ["Primary source", authority.PrimarySource is { } p ? Labels.Of(p) : NumberFormat.Missing],
                ["Influence strength", n.Value(outcome?.Strength)],
                ["Expected commitment", n.Value(outcome?.Commitment)],
                ["Expected compliance", n.Value(outcome?.Compliance)],
                ["Expected resistance", n.Value(outcome?.Resistance)],
                ["No influence", n.Value(outcome?.None)],
                ["Most likely outcome", outcome is null ? NumberFormat.Missing : Labels.Of(outcome.MostLikely)],
            ],
            "Summary");
        return new ReportSectionContent { Title = "Authority", Tables = [bases, sources, summary] };
    }

    private static ReportSectionContent Constructs(EquatableArray<ScaleScore> constructs, NumberFormat n) => new()
    {
        Title = "Constructs",
        Tables =
        [
            ReportTable.Create(
                ["Construct", "Score", "Items answered"],
                constructs.Select(c => new[]
                {
                    PlainText.Clean(c.Target.ConstructId ?? c.Target.Key),
                    n.Value(c.Score),
                    n.Integer(c.ItemsAnswered) + " of " + n.Integer(c.ItemCount) + (c.IsWeak ? " (weak)" : string.Empty),
                })),
        ],
    };

    private static ReportSectionContent NormsSection(EquatableArray<NormScore> norms, DimensionSet dimensions, NumberFormat n) => new()
    {
        Title = "Appendix: norms",
        Paragraphs = ["Every normed score with its percentile rank and normalised T-score in the norm sample; the same figures appear beside the scores above."],
        Tables =
        [
            ReportTable.Create(
                ["Index", "Score", "Percentile", "T-score"],
                norms.Select(s => new[] { PlainText.Clean(IndexLabels.Of(s.IndexId, dimensions)), n.Value(s.Score), new NumberFormat(n.Culture, 1).Value(s.Percentile), new NumberFormat(n.Culture, 1).Value(s.TScore) })),
        ],
    };

    private static ReportSectionContent Diagnostics(ProfileDiagnostics diagnostics, NumberFormat n)
    {
        var tables = new List<ReportTable>
        {
            ReportTable.Create(
                ["Measure", "Value"],
                [
                    ["Items answered", n.Integer(diagnostics.ItemsAnswered) + " of " + n.Integer(diagnostics.ItemCount)],
                    ["Longest run of identical answers", n.Integer(diagnostics.LongestRun)],
                    ["Response variability (sd)", n.Value(diagnostics.ResponseVariability)],
                    ["Answers adjusted", n.Integer(diagnostics.AdjustedAnswers.Count)],
                ]),
        };
        if (diagnostics.Flags.Count > 0)
        {
            tables.Add(ReportTable.Create(
                ["Flag", "Scope", "Message"],
                diagnostics.Flags.Select(f => new[] { PlainText.Clean(f.Code), PlainText.Clean(f.Scope), PlainText.Clean(f.Message) }),
                "Flags"));
        }

        if (diagnostics.PluginFailures.Count > 0)
        {
            tables.Add(ReportTable.Create(
                ["Plug-in", "Step", "Message"],
                diagnostics.PluginFailures.Select(f => new[] { PlainText.Clean(f.PluginName), PlainText.Clean(f.Step), PlainText.Clean(f.Message) }),
                "Plug-in failures"));
        }

        return new ReportSectionContent
        {
            Title = "Diagnostics",
            Paragraphs = diagnostics.Flags.Count == 0 ? ["No flags were raised."] : default,
            Tables = tables.ToEquatableArray(),
        };
    }

    private static ReportSectionContent Extensions(ProfileExtensions extensions, NumberFormat n) => new()
    {
        Title = "Extensions",
        Tables =
        [
            ReportTable.Create(
                ["Name", "Value"],
                extensions.Values.Select(e => new[] { PlainText.Clean(e.Key), PlainText.Clean(FormatValue(e.Value, n)) })),
        ],
    };

    private static ReportSectionContent Provenance(Provenance provenance) => new()
    {
        Title = "Provenance",
        Tables =
        [
            ReportTable.Create(
                ["Field", "Value"],
                [
                    ["Instrument", PlainText.Clean(provenance.InstrumentId)],
                    ["Instrument version", PlainText.Clean(provenance.InstrumentVersion)],
                    ["Library version", PlainText.Clean(provenance.LibraryVersion)],
                    ["Options fingerprint", PlainText.Clean(provenance.OptionsFingerprint)],
                ]),
        ],
    };

    private static string FormatValue(object? value, NumberFormat n) => value switch
    {
        null => "null",
        double d => n.Value(d),
        float f => n.Value(f),
        IFormattable f => f.ToString(null, n.Culture),
        _ => value.ToString() ?? string.Empty,
    };
}
