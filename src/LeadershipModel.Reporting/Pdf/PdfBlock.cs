using LeadershipModel.Reporting.Sections;

namespace LeadershipModel.Reporting.Pdf;

/// <summary>One block of a PDF document, laid out by <see cref="PdfLayout"/>.</summary>
internal abstract record PdfBlock
{
    public sealed record Title(string Text, string[] Lines) : PdfBlock;

    public sealed record Heading(string Text, bool NewPage) : PdfBlock;

    public sealed record Paragraph(string Text) : PdfBlock;

    public sealed record Picture(byte[] Encoded, float WidthShare) : PdfBlock;

    public sealed record Grid(ReportTable Table) : PdfBlock;
}
