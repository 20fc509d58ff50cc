using System.Text;
using LeadershipModel.Reporting.Internal;

namespace LeadershipModel.Reporting.Markdown;

/// <summary>Escapes text for Markdown (CommonMark and GitHub tables) so that it shows literally.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Writes <c>&lt; &gt; &amp;</c> as entities, so that no raw HTML or entity can form, and backslash-escapes
    /// every character that could start emphasis, code, a link, an image or strikethrough, or end a table cell;
    /// and, at the start, a heading, a list item or a rule. Control characters become spaces.
    /// </summary>
    public static string Escape(string? text)
    {
        var clean = PlainText.Clean(text);
        var builder = new StringBuilder(clean.Length + 8);
        var digits = 0;
        while (digits < clean.Length && char.IsAsciiDigit(clean[digits]))
        {
            digits++;
        }

        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            var entity = c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => null };
            if (entity is not null)
            {
                builder.Append(entity);
                continue;
            }

            var escape = c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '|' or '~' or '!'
                || (i == 0 && c is '#' or '+' or '-' or '=')
                || (i == digits && digits > 0 && c is '.' or ')' && (i + 1 == clean.Length || clean[i + 1] == ' '));
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
