using System.Text;
using LeadershipModel.Cli.Infrastructure;
using LeadershipModel.Reporting.Documents;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Reporting;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// Where the change and team reports are written: JSON as the library writes it, or the readable sections through
/// <see cref="SectionDocument"/>, or the same sections as a paginated PDF through <see cref="PdfDocumentBuilder"/>.
/// </summary>
internal static class DocumentOutput
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Html = "html";
    public const string Pdf = "pdf";

    public static readonly string[] Formats = [Table, Json, Markdown, Html, Pdf];

    public static void Write(CliConsole console, FileInfo? output, string format, Func<string> json, string title, Func<IReadOnlyList<ReportSectionContent>> sections)
    {
        if (format == Pdf)
        {
            var pdfFile = output ?? throw new CliException("--format pdf writes a file: give --out FILE.pdf.");
            var pdf = new PdfDocumentBuilder(title).TitlePage(title, []);
            foreach (var section in sections())
            {
                pdf.Section(section);
            }

            File.WriteAllBytes(pdfFile.FullName, pdf.ToArray());
            return;
        }

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
