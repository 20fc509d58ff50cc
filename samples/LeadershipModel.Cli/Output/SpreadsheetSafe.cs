namespace LeadershipModel.Cli.Output;

/// <summary>
/// Neutralises text cells a spreadsheet would run as a formula (CSV injection): a cell starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe.
/// </summary>
internal static class SpreadsheetSafe
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? string.Empty;
        }

        return NeedsApostrophe(value[0]) ? "'" + value : value;
    }

    /// <summary>Tells whether a cell starting with this character gets a leading apostrophe.</summary>
    public static bool NeedsApostrophe(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}
