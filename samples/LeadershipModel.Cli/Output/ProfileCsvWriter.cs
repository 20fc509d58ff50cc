using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using nietras.SeparatedValues;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Writes one CSV row per scored response set: ids, overall indices, then M, L, orientation, integration and
/// quadrant per dimension, the authority profile and diagnostics. Text cells are neutralised against spreadsheet
/// formulas; numbers are invariant and at full precision; an absent value is an empty cell.
/// </summary>
internal sealed class ProfileCsvWriter : IDisposable
{
    private readonly SepWriter _writer;
    private readonly string[] _dimensionIds;

    public ProfileCsvWriter(TextWriter output, DimensionSet dimensions)
    {
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        _dimensionIds = [.. dimensions.Select(d => d.Id)];
        var header = new List<string> { "respondent", "target", "role", "instrument", "management", "leadership", "orientation", "integration", "quadrant", "profile_type" };
        foreach (var id in _dimensionIds)
        {
            header.AddRange([$"{id}/management", $"{id}/leadership", $"{id}/orientation", $"{id}/integration", $"{id}/quadrant"]);
        }

        header.AddRange(PowerBaseColumns);
        header.AddRange(["source/positional", "source/expertise", "source/character", "follower_share", "primary_source", "commitment", "compliance", "resistance", "items_answered", "longest_run", "flags"]);
        _writer.Header.Add(header.ToArray());
    }

    private static IEnumerable<string> PowerBaseColumns => Enum.GetValues<PowerBase>().Select(b => "base/" + Instruments.PowerBaseNames.ToId(b));

    public void Write(LeadershipProfile p)
    {
        using var row = _writer.NewRow();
        var i = 0;
        row[i++].Set(SpreadsheetSafe.Text(p.RespondentId));
        row[i++].Set(SpreadsheetSafe.Text(p.TargetId));
        row[i++].Set(RaterRoles.ToId(p.Role));
        row[i++].Set(SpreadsheetSafe.Text(p.Provenance.InstrumentId));
        row[i++].Set(Numbers.Full(p.Overall.Management));
        row[i++].Set(Numbers.Full(p.Overall.Leadership));
        row[i++].Set(Numbers.Full(p.Overall.Orientation));
        row[i++].Set(Numbers.Full(p.Overall.Integration));
        row[i++].Set(p.Overall.Quadrant?.ToString() ?? "");
        row[i++].Set(SpreadsheetSafe.Text(p.Overall.ProfileType));
        foreach (var id in _dimensionIds)
        {
            var position = p.GetDimension(id)?.Position;
            row[i++].Set(Numbers.Full(position?.Management));
            row[i++].Set(Numbers.Full(position?.Leadership));
            row[i++].Set(Numbers.Full(position?.Orientation));
            row[i++].Set(Numbers.Full(position?.Integration));
            row[i++].Set(position?.Quadrant?.ToString() ?? "");
        }

        foreach (var b in Enum.GetValues<PowerBase>())
        {
            row[i++].Set(Numbers.Full(p.Authority?.GetStrength(b)));
        }

        foreach (var s in Enum.GetValues<AuthoritySource>())
        {
            row[i++].Set(Numbers.Full(p.Authority?.GetStrength(s)));
        }

        row[i++].Set(Numbers.Full(p.Authority?.FollowerConferredShare));
        row[i++].Set(p.Authority?.PrimarySource?.ToString() ?? "");
        row[i++].Set(Numbers.Full(p.Authority?.ExpectedOutcome?.Commitment));
        row[i++].Set(Numbers.Full(p.Authority?.ExpectedOutcome?.Compliance));
        row[i++].Set(Numbers.Full(p.Authority?.ExpectedOutcome?.Resistance));
        row[i++].Set(p.Diagnostics.ItemsAnswered.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row[i++].Set(p.Diagnostics.LongestRun.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row[i].Set(string.Join(' ', p.Diagnostics.Flags.Select(f => f.Code).Distinct()));
    }

    public void Dispose() => _writer.Dispose();
}
