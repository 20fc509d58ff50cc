using System.Buffers;
using System.Globalization;
using System.Text;

namespace LeadershipModel.Analysis.Csv;

/// <summary>What a CSV record is, decided from its raw text.</summary>
internal enum CsvRowKind
{
    /// <summary>A data row.</summary>
    Data,

    /// <summary>An empty line, or one of white space only: skipped and counted.</summary>
    Blank,

    /// <summary>A line starting with <c>#</c>: skipped and counted.</summary>
    Comment,
}

/// <summary>
/// The checks every CSV reader makes on a record's raw text before its fields are read (the parser unescapes quoted
/// fields in place): blank and comment lines, the row length limit, and quotes that do not balance. Kept apart from the
/// parsing so that a faster parser can run the same checks.
/// </summary>
internal static class CsvRowGuard
{
    private const int MaxQuoted = 40;
    private static readonly SearchValues<char> QuoteOrNewline = SearchValues.Create("\"\n");

    /// <summary>Classifies a record from its raw text.</summary>
    public static CsvRowKind Kind(ReadOnlySpan<char> raw)
        => raw.IsEmpty || raw.IsWhiteSpace() ? CsvRowKind.Blank
            : raw[0] == '#' ? CsvRowKind.Comment
            : CsvRowKind.Data;

    /// <summary>Tells whether a record can take the fast path: one line, not blank or a comment, and short enough that no field can pass the field limit.</summary>
    public static bool IsPlain(ReadOnlySpan<char> raw, int lineFrom, int lineToExclusive)
        => lineToExclusive - lineFrom == 1 && raw.Length is > 0 and <= CsvReadOptions.MaxFieldLength && raw[0] != '#';

    /// <summary>Returns why the record as a whole cannot be read (too long, or a quote never closed), or <see langword="null"/>.</summary>
    public static string? Problem(ReadOnlySpan<char> raw, int lineFrom)
    {
        var quotes = Quotes(raw, lineFrom);
        if (quotes.Unclosed)
        {
            return FormattableString.Invariant($"the quote opened on line {quotes.OpenLine} is never closed, so the rest of the file (lines {lineFrom}–{quotes.LastLine}) was read as one row; close the quote or remove it.");
        }

        return raw.Length > CsvReadOptions.MaxRowLength
            ? FormattableString.Invariant($"the row is {raw.Length:N0} characters long, over the limit of {CsvReadOptions.MaxRowLength:N0}.")
            : null;
    }

    /// <summary>Returns a note for a record whose quoted field spans lines (to explain a wrong field count), or <see langword="null"/>.</summary>
    public static string? SpanNote(ReadOnlySpan<char> raw, int lineFrom, int lineToExclusive)
    {
        if (lineToExclusive - lineFrom <= 1)
        {
            return null;
        }

        var quotes = Quotes(raw, lineFrom);
        return quotes.SpanningLine is { } open
            ? FormattableString.Invariant($" The row runs from line {lineFrom} to line {quotes.LastLine} because the quote opened on line {open} closes only on line {quotes.SpanningCloseLine}: check for an unbalanced quote.")
            : null;
    }

    /// <summary>Returns why a loaded data record must be rejected as a whole (too long, a quote never closed, the wrong number of fields, a field over the limit), or <see langword="null"/>.</summary>
    /// <param name="row">The record.</param>
    /// <param name="names">The column names from the header.</param>
    /// <param name="column">The 0-based column at fault, or <see langword="null"/>.</param>
    public static string? Reject(CsvRowBuffer row, string[] names, out int? column)
    {
        column = null;
        if (row.Problem is { } problem)
        {
            return problem;
        }

        if (row.Count != names.Length)
        {
            return FormattableString.Invariant($"expected {names.Length} fields but found {row.Count}.") + row.SpanNote;
        }

        if (row.LongField >= 0)
        {
            column = row.LongField;
            return FieldProblem(row[row.LongField].Length, names[row.LongField]);
        }

        return null;
    }

    /// <summary>Returns why a field is too long, or <see langword="null"/>.</summary>
    public static string? FieldProblem(int length, string column)
        => length > CsvReadOptions.MaxFieldLength
            ? FormattableString.Invariant($"the field in column '{column}' is {length:N0} characters long, over the limit of {CsvReadOptions.MaxFieldLength:N0}.")
            : null;

    /// <summary>Quotes a value for a message: trimmed, shortened, and with control characters escaped.</summary>
    public static string Quote(ReadOnlySpan<char> field)
    {
        var t = field.Trim();
        var shown = t.Length <= MaxQuoted ? t : t[..MaxQuoted];
        return "'" + Escape(shown) + (t.Length <= MaxQuoted ? "'" : "…'");
    }

    /// <summary>Escapes control characters (and bidirectional overrides) so that a value cannot drive a terminal.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var clean = true;
        foreach (var c in text)
        {
            clean &= !NeedsEscape(c);
        }

        if (clean)
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                sb.Append(c);
            }
            else if (c < 0x100)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return sb.ToString();
    }

    /// <summary>Tells whether a character is escaped in messages: C0 and C1 controls, DEL, and bidirectional controls.</summary>
    public static bool NeedsEscape(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>
    /// Follows the quotes of a record as the parser does (a quote anywhere toggles quoting; a newline inside quotes is
    /// part of the field) and finds the quote left open at its end and the first quoted stretch that spans lines.
    /// </summary>
    private static QuoteScan Quotes(ReadOnlySpan<char> raw, int lineFrom)
    {
        var line = lineFrom;
        var inQuote = false;
        var openLine = 0;
        int? spanning = null;
        var spanningClose = 0;
        var at = 0;
        while (true)
        {
            var next = raw[at..].IndexOfAny(QuoteOrNewline);
            if (next < 0)
            {
                break;
            }

            at += next;
            if (raw[at] == '\n')
            {
                line++;
            }
            else if (inQuote)
            {
                inQuote = false;
                if (spanning is null && line > openLine)
                {
                    spanning = openLine;
                    spanningClose = line;
                }
            }
            else
            {
                inQuote = true;
                openLine = line;
            }

            at++;
        }

        // A record's text ends before its line break, so a trailing newline in it lies inside an open quote.
        return new QuoteScan(inQuote, openLine, spanning, spanningClose, raw.Length > 0 && raw[^1] == '\n' ? line - 1 : line);
    }

    private readonly record struct QuoteScan(bool Unclosed, int OpenLine, int? SpanningLine, int SpanningCloseLine, int LastLine);
}
