using System.Text;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Reporting;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Where the change and team reports are written: JSON as the library writes it, or the readable sections through
/// <see cref="SectionDocument"/>. A paginated format (PDF) plugs in here, beside the others, when Reporting has one.
/// </summary>
internal static class DocumentOutput
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Html = "html";

    public static readonly string[] Formats = [Table, Json, Markdown, Html];

    public static void Write(CliConsole console, FileInfo? output, string format, Func<string> json, string title, Func<IReadOnlyList<ReportSectionContent>> sections)
    {
        var text = format switch
        {
            Json => json(),
            Markdown => SectionDocument.Render(title, sections(), DocumentFormat.Markdown),
            Html => SectionDocument.Render(title, sections(), DocumentFormat.Html),
            _ => SectionDocument.Render(title, sections(), DocumentFormat.Text),
        };
        if (output is { } file)
        {
            File.WriteAllText(file.FullName, text.EndsWith('\n') ? text : text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        else
        {
            console.Output.Write(text);
            if (!text.EndsWith('\n'))
            {
                console.Output.WriteLine();
            }
        }
    }
}
