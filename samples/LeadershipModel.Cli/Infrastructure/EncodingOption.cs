using System.CommandLine;
using System.Text;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>The <c>--encoding</c> option of the commands that read CSV: UTF-8 by default, or a named encoding.</summary>
internal static class EncodingOption
{
    static EncodingOption() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Option<string?> Create() => new("--encoding")
    {
        Description = "The CSV file's text encoding when it is not UTF-8, such as windows-1252, iso-8859-1 or utf-16. Bytes that are not valid in the encoding are an error with their byte offset.",
    };

    /// <summary>Returns the named encoding, or <see langword="null"/> for UTF-8 (the default).</summary>
    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            throw new CliException($"--encoding {TerminalText.Safe(name)}: not an encoding this system knows; use a name such as utf-8, windows-1252, iso-8859-1 or utf-16.");
        }
    }
}
