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
    private static readonly string[] QuadrantNames = Names<Quadrant>();
    private static readonly string[] SourceNames = Names<AuthoritySource>();
    private static readonly string[] RoleIds = [.. Enumerable.Range(0, Enum.GetValues<RaterRole>().Max(r => (int)r) + 1).Select(i => Enum.IsDefined((RaterRole)i) ? RaterRoles.ToId((RaterRole)i) : "")];
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
        var numbers = FormattedNumbers.ForThisThread;
        SafeText(output, p.RespondentId);
        SafeText(output, p.TargetId, comma: true);
        Text(output, RoleIds[(int)p.Role], comma: true);
        SafeText(output, p.Provenance.InstrumentId, comma: true);
        numbers.Write(output, p.Overall.Management);
        numbers.Write(output, p.Overall.Leadership);
        numbers.Write(output, p.Overall.Orientation);
        numbers.Write(output, p.Overall.Integration);
        Text(output, Name(p.Overall.Quadrant), comma: true);
        SafeText(output, p.Overall.ProfileType, comma: true);
        var dimensions = p.Dimensions;
        for (var d = 0; d < _dimensionIds.Length; d++)
        {
            // Profiles list their dimensions in the set's order; look one up by id only when they do not.
            var id = _dimensionIds[d];
            var dimension = d < dimensions.Count && string.Equals(dimensions[d].DimensionId, id, StringComparison.Ordinal) ? dimensions[d] : p.GetDimension(id);
            var position = dimension?.Position;
            numbers.Write(output, position?.Management);
            numbers.Write(output, position?.Leadership);
            numbers.Write(output, position?.Orientation);
            numbers.Write(output, position?.Integration);
            Text(output, Name(position?.Quadrant), comma: true);
        }

        var authority = p.Authority;
        foreach (var b in Bases)
        {
            numbers.Write(output, authority?.GetStrength(b));
        }

        foreach (var s in Sources)
        {
            numbers.Write(output, authority?.GetStrength(s));
        }

        numbers.Write(output, authority?.FollowerConferredShare);
        Text(output, authority?.PrimarySource is { } primary ? SourceNames[(int)primary] : "", comma: true);
        numbers.Write(output, authority?.ExpectedOutcome?.Commitment);
        numbers.Write(output, authority?.ExpectedOutcome?.Compliance);
        numbers.Write(output, authority?.ExpectedOutcome?.Resistance);
        Integer(output, p.Diagnostics.ItemsAnswered);
        Integer(output, p.Diagnostics.LongestRun);
        var flags = p.Diagnostics.Flags;
        Text(output, flags.Count == 0 ? "" : string.Join(' ', flags.Select(f => f.Code).Distinct()), comma: true);
        Byte(output, (byte)'\n');
    }

    /// <summary>An enum's name as <see cref="Enum.ToString()"/> gives it, from a table (no reflection per row).</summary>
    private static string Name(Quadrant? value) => value is { } q ? QuadrantNames[(int)q] : "";

    /// <summary>A text cell neutralised against spreadsheet formulas (<see cref="SpreadsheetSafe"/>), without a new string for the common case.</summary>
    private static void SafeText(ArrayBufferWriter<byte> output, string? value, bool comma = false)
    {
        var text = value ?? "";
        if (text.Length > 0 && SpreadsheetSafe.NeedsApostrophe(text[0]))
        {
            Text(output, SpreadsheetSafe.Text(text), comma);
        }
        else
        {
            Text(output, text, comma);
        }
    }

    /// <summary>The names of an enum whose values are 0, 1, 2, …, indexed by value.</summary>
    private static string[] Names<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new string[values.Length];
        foreach (var v in values)
        {
            names[Convert.ToInt32(v, CultureInfo.InvariantCulture)] = v.ToString();
        }

        return names;
    }

    internal static void Byte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
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
