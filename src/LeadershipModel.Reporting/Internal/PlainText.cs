using System.Text;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Cleans text that came from outside (names, ids, messages) before any format escapes it.</summary>
internal static class PlainText
{
    /// <summary>
    /// Replaces control characters (line breaks, tabs, the escape character of terminal colour codes) with a
    /// space and unpaired surrogates with U+FFFD, so that a name cannot move the cursor, colour a terminal,
    /// break a table row or make XML invalid.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(IsUnsafe(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
