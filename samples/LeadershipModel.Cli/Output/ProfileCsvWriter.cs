using System.Buffers;
using System.Globalization;
using System.Text;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Formats one CSV row per scored response set as UTF-8: ids, overall indices, then M, L, orientation, integration and
/// quadrant per dimension, the authority profile and diagnostics. Text cells are neutralised against spreadsheet
/// formulas and quoted when they hold a comma, quote or line break; numbers are invariant and at full precision
/// (formatted straight into the output bytes, <see cref="IUtf8SpanFormattable"/>); an absent value is an empty cell.
/// </summary>
/// <remarks>Immutable after construction; <see cref="Format"/> may run on several threads at once, each with its own buffer.</remarks>
internal sealed class ProfileCsvWriter
{
    private static readonly PowerBase[] Bases = Enum.GetValues<PowerBase>();
    private static readonly AuthoritySource[] Sources = Enum.GetValues<AuthoritySource>();
    private readonly string[] _dimensionIds;

    public ProfileCsvWriter(DimensionSet dimensions)
    {
        _dimensionIds = [.. dimensions.Select(d => d.Id)];
        var header = new List<string> { "respondent", "target", "role", "instrument", "management", "leadership", "orientation", "integration", "quadrant", "profile_type" };
        foreach (var id in _dimensionIds)
        {
            header.AddRange([$"{id}/management", $"{id}/leadership", $"{id}/orientation", $"{id}/integration", $"{id}/quadrant"]);
        }

        header.AddRange(Bases.Select(b => "base/" + Instruments.PowerBaseNames.ToId(b)));
        header.AddRange(["source/positional", "source/expertise", "source/character", "follower_share", "primary_source", "commitment", "compliance", "resistance", "items_answered", "longest_run", "flags"]);
        var buffer = new ArrayBufferWriter<byte>();
        for (var i = 0; i < header.Count; i++)
        {
            if (i > 0)
            {
                Byte(buffer, (byte)',');
            }

            Text(buffer, header[i]);
        }

        Byte(buffer, (byte)'\n');
        Header = buffer.WrittenSpan.ToArray();
    }

    /// <summary>Gets the header row, as UTF-8 with its line break.</summary>
    public byte[] Header { get; }

    /// <summary>Appends one profile's row, with its line break.</summary>
    public void Format(LeadershipProfile p, ArrayBufferWriter<byte> output)
    {
        Text(output, SpreadsheetSafe.Text(p.RespondentId));
        Text(output, SpreadsheetSafe.Text(p.TargetId), comma: true);
        Text(output, RaterRoles.ToId(p.Role), comma: true);
        Text(output, SpreadsheetSafe.Text(p.Provenance.InstrumentId), comma: true);
        Number(output, p.Overall.Management);
        Number(output, p.Overall.Leadership);
        Number(output, p.Overall.Orientation);
        Number(output, p.Overall.Integration);
        Text(output, p.Overall.Quadrant?.ToString() ?? "", comma: true);
        Text(output, SpreadsheetSafe.Text(p.Overall.ProfileType), comma: true);
        foreach (var id in _dimensionIds)
        {
            var position = p.GetDimension(id)?.Position;
            Number(output, position?.Management);
            Number(output, position?.Leadership);
            Number(output, position?.Orientation);
            Number(output, position?.Integration);
            Text(output, position?.Quadrant?.ToString() ?? "", comma: true);
        }

        var authority = p.Authority;
        foreach (var b in Bases)
        {
            Number(output, authority?.GetStrength(b));
        }

        foreach (var s in Sources)
        {
            Number(output, authority?.GetStrength(s));
        }

        Number(output, authority?.FollowerConferredShare);
        Text(output, authority?.PrimarySource?.ToString() ?? "", comma: true);
        Number(output, authority?.ExpectedOutcome?.Commitment);
        Number(output, authority?.ExpectedOutcome?.Compliance);
        Number(output, authority?.ExpectedOutcome?.Resistance);
        Integer(output, p.Diagnostics.ItemsAnswered);
        Integer(output, p.Diagnostics.LongestRun);
        Text(output, string.Join(' ', p.Diagnostics.Flags.Select(f => f.Code).Distinct()), comma: true);
        Byte(output, (byte)'\n');
    }

    private static void Byte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    /// <summary>A number at full precision ("R"), or an empty cell; after a comma.</summary>
    private static void Number(ArrayBufferWriter<byte> output, double? value)
    {
        Byte(output, (byte)',');
        if (value is { } v)
        {
            var span = output.GetSpan(32);
            if (!v.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A number did not fit its buffer.");
            }

            output.Advance(written);
        }
    }

    private static void Integer(ArrayBufferWriter<byte> output, int value)
    {
        Byte(output, (byte)',');
        var span = output.GetSpan(11);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>A text cell, quoted (quotes doubled) when it holds a comma, quote, carriage return or line feed.</summary>
    private static void Text(ArrayBufferWriter<byte> output, string value, bool comma = false)
    {
        if (comma)
        {
            Byte(output, (byte)',');
        }

        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (!quote)
        {
            output.Advance(Encoding.UTF8.GetBytes(value, output.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length))));
            return;
        }

        Byte(output, (byte)'"');
        var escaped = value.Replace("\"", "\"\"", StringComparison.Ordinal);
        output.Advance(Encoding.UTF8.GetBytes(escaped, output.GetSpan(Encoding.UTF8.GetMaxByteCount(escaped.Length))));
        Byte(output, (byte)'"');
    }
}
