using System.Globalization;
using System.Text;
using LeadershipModel.Cli.Output;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Tests;

/// <summary>
/// Issue 15: the profile CSV is formatted straight to UTF-8 in parallel chunks; its bytes equal those of the
/// Sep-based writer it replaced (kept here as the reference), and the parallel sink equals the sequential one.
/// </summary>
public sealed class ProfileCsvWriterTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Full;

    [Fact]
    public void Format_HostileIdsAndEveryNumber_EqualsTheSepWriter()
    {
        var profiles = Profiles(40, ids: ["=cmd", "a,b", "say \"hi\"", "line\nbreak", "-1", "tab\there", "ünï", "@x", "plain"]);

        var expected = Reference(profiles);
        var actual = Sink(profiles, parallel: false, throughStream: false);

        actual.Should().Be(expected);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sink_ParallelChunks_SameBytesAsSequential(bool throughStream)
    {
        // More than a dozen chunks of 256, so that many are formatted at once.
        var profiles = Profiles(3_500, ids: ["p"]);

        var sequential = Sink(profiles, parallel: false, throughStream);
        var parallel = Sink(profiles, parallel: true, throughStream);

        parallel.Should().Be(sequential);
        parallel.Split('\n').Should().HaveCount(3_500 + 2, "a header, one row per profile, and the final line break");
        sequential.Should().Be(Reference(profiles));
    }

    private static string Sink(List<LeadershipProfile> profiles, bool parallel, bool throughStream)
    {
        if (throughStream)
        {
            var memory = new MemoryStream();
            using (var writer = new StreamWriter(memory, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            using (var sink = new ReportSink.CsvSink(writer, owns: false, Instrument, parallel))
            {
                profiles.ForEach(sink.Add);
                sink.Complete(3);
            }

            return Encoding.UTF8.GetString(memory.ToArray());
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var sink = new ReportSink.CsvSink(text, owns: false, Instrument, parallel))
        {
            profiles.ForEach(sink.Add);
            sink.Complete(3);
        }

        return text.ToString();
    }

    private static List<LeadershipProfile> Profiles(int count, string[] ids)
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();
        var list = new List<LeadershipProfile>(count);
        for (var i = 0; i < count; i++)
        {
            // Answers vary with i (some missing), so the numbers differ from row to row.
            var answers = Instrument.Items.Select((item, n) => KeyValuePair.Create(item.Id, (n + i) % 11 == 0 ? null : (double?)(1 + ((n * 7) + (i * 3)) % 5))).ToList();
            var id = ids[i % ids.Length] + i.ToString(CultureInfo.InvariantCulture);
            var result = engine.Score(ResponseSet.Create(CanonicalInstruments.FullId, CanonicalInstruments.Version, id, answers));
            list.Add(result.Profile!);
        }

        return list;
    }

    /// <summary>The writer before issue 15: Sep with escaping, every number through a string.</summary>
    private static string Reference(List<LeadershipProfile> profiles)
    {
        static string Full(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
        static string Safe(string? value) => string.IsNullOrEmpty(value) ? value ?? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

        var text = new StringWriter(CultureInfo.InvariantCulture);
        var dimensions = Instrument.Dimensions.Select(d => d.Id).ToArray();
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            var header = new List<string> { "respondent", "target", "role", "instrument", "management", "leadership", "orientation", "integration", "quadrant", "profile_type" };
            foreach (var id in dimensions)
            {
                header.AddRange([$"{id}/management", $"{id}/leadership", $"{id}/orientation", $"{id}/integration", $"{id}/quadrant"]);
            }

            header.AddRange(Enum.GetValues<PowerBase>().Select(b => "base/" + PowerBaseNames.ToId(b)));
            header.AddRange(["source/positional", "source/expertise", "source/character", "follower_share", "primary_source", "commitment", "compliance", "resistance", "items_answered", "longest_run", "flags"]);
            writer.Header.Add(header.ToArray());
            foreach (var p in profiles)
            {
                using var row = writer.NewRow();
                var i = 0;
                row[i++].Set(Safe(p.RespondentId));
                row[i++].Set(Safe(p.TargetId));
                row[i++].Set(RaterRoles.ToId(p.Role));
                row[i++].Set(Safe(p.Provenance.InstrumentId));
                row[i++].Set(Full(p.Overall.Management));
                row[i++].Set(Full(p.Overall.Leadership));
                row[i++].Set(Full(p.Overall.Orientation));
                row[i++].Set(Full(p.Overall.Integration));
                row[i++].Set(p.Overall.Quadrant?.ToString() ?? "");
                row[i++].Set(Safe(p.Overall.ProfileType));
                foreach (var id in dimensions)
                {
                    var position = p.GetDimension(id)?.Position;
                    row[i++].Set(Full(position?.Management));
                    row[i++].Set(Full(position?.Leadership));
                    row[i++].Set(Full(position?.Orientation));
                    row[i++].Set(Full(position?.Integration));
                    row[i++].Set(position?.Quadrant?.ToString() ?? "");
                }

                foreach (var b in Enum.GetValues<PowerBase>())
                {
                    row[i++].Set(Full(p.Authority?.GetStrength(b)));
                }

                foreach (var s in Enum.GetValues<AuthoritySource>())
                {
                    row[i++].Set(Full(p.Authority?.GetStrength(s)));
                }

                row[i++].Set(Full(p.Authority?.FollowerConferredShare));
                row[i++].Set(p.Authority?.PrimarySource?.ToString() ?? "");
                row[i++].Set(Full(p.Authority?.ExpectedOutcome?.Commitment));
                row[i++].Set(Full(p.Authority?.ExpectedOutcome?.Compliance));
                row[i++].Set(Full(p.Authority?.ExpectedOutcome?.Resistance));
                row[i++].Set(p.Diagnostics.ItemsAnswered.ToString(CultureInfo.InvariantCulture));
                row[i++].Set(p.Diagnostics.LongestRun.ToString(CultureInfo.InvariantCulture));
                row[i].Set(string.Join(' ', p.Diagnostics.Flags.Select(f => f.Code).Distinct()));
            }
        }

        return text.ToString();
    }
}
