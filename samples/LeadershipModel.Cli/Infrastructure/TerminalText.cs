using System.Globalization;
using System.Text;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>
/// Makes text from the data safe to print: control characters (escape codes, carriage returns, bells), DEL, C1 controls
/// and bidirectional overrides are shown as <c>\xNN</c> or <c>\uNNNN</c>, so that no value can drive the terminal.
/// Line breaks between the lines of a message are kept.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F')
            && !text.AsSpan().ContainsAnyInRange('\u202A', '\u202E') && !text.AsSpan().ContainsAnyInRange('\u2066', '\u2069'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '\n' || !(c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(c < 0x100 ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
