using LeadershipModel.Reporting.Sections;
using SkiaSharp;

namespace LeadershipModel.Reporting.Pdf;

/// <summary>
/// A small document layout for PDF reports: a title page, headings, wrapped paragraphs, images (charts) and tables
/// that break across pages and repeat their header, on numbered A4 pages. Feedback, profile, change and team reports
/// all render through it.
/// </summary>
/// <remarks>
/// <para>Text is set in DejaVu Sans, bundled with the package (licence in <c>Pdf/Fonts/LICENSE-DejaVu.txt</c>), so
/// the output does not depend on the fonts installed. Drawing uses SkiaSharp's PDF back end (the SkiaSharp that
/// ScottPlot renders the charts with). Blocks are collected first and laid out by <see cref="WriteTo"/>.</para>
/// <para>A builder is single-use and not thread-safe: build one document per instance, from one thread.</para>
/// </remarks>
public sealed class PdfDocumentBuilder
{
    private readonly List<PdfBlock> _blocks = [];
    private readonly string _title;
    private bool _written;

    /// <summary>Initializes a builder.</summary>
    /// <param name="title">The document title, in the PDF's metadata and each page's footer.</param>
    public PdfDocumentBuilder(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _title = title;
    }

    /// <summary>Adds a title page: the title large, then each line below it.</summary>
    /// <param name="title">The title.</param>
    /// <param name="lines">Lines under the title (subtitle, date, notices).</param>
    /// <returns>This builder.</returns>
    public PdfDocumentBuilder TitlePage(string title, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(lines);
        return Add(new PdfBlock.Title(title, [.. lines]));
    }

    /// <summary>Adds a heading; it starts a new page when <paramref name="newPage"/> is set or too little room is left.</summary>
    /// <param name="text">The heading.</param>
    /// <param name="newPage">Whether to start a new page first.</param>
    /// <returns>This builder.</returns>
    public PdfDocumentBuilder Heading(string text, bool newPage = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(new PdfBlock.Heading(text, newPage));
    }

    /// <summary>Adds a paragraph, wrapped to the page width.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    public PdfDocumentBuilder Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(new PdfBlock.Paragraph(text));
    }

    /// <summary>Adds an image (such as a PNG chart), centred and scaled to <paramref name="widthShare"/> of the text width.</summary>
    /// <param name="encoded">The encoded image (PNG or JPEG).</param>
    /// <param name="widthShare">The share of the text width, in (0, 1].</param>
    /// <returns>This builder.</returns>
    public PdfDocumentBuilder Image(byte[] encoded, double widthShare = 0.9)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(widthShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(widthShare, 1);
        return Add(new PdfBlock.Picture(encoded, (float)widthShare));
    }

    /// <summary>Adds a table; rows that do not fit continue on the next page under a repeated header.</summary>
    /// <param name="table">The table.</param>
    /// <returns>This builder.</returns>
    public PdfDocumentBuilder Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(new PdfBlock.Grid(table));
    }

    /// <summary>Adds a report section: its title as a heading, its paragraphs and its tables.</summary>
    /// <param name="section">The section.</param>
    /// <returns>This builder.</returns>
    public PdfDocumentBuilder Section(ReportSectionContent section)
    {
        ArgumentNullException.ThrowIfNull(section);
        Heading(section.Title);
        foreach (var p in section.Paragraphs)
        {
            Paragraph(p);
        }

        foreach (var t in section.Tables)
        {
            Table(t);
        }

        return this;
    }

    /// <summary>Lays the document out and writes the PDF.</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="InvalidOperationException">The document was already written.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (_written)
        {
            throw new InvalidOperationException("A PdfDocumentBuilder writes one document; create another for the next.");
        }

        _written = true;
        using var layout = new PdfLayout(stream, _title);
        foreach (var block in _blocks)
        {
            layout.Draw(block);
        }
    }

    /// <summary>Lays the document out and returns the PDF bytes.</summary>
    /// <returns>The PDF.</returns>
    public byte[] ToArray()
    {
        using var memory = new MemoryStream();
        WriteTo(memory);
        return memory.ToArray();
    }

    private PdfDocumentBuilder Add(PdfBlock block)
    {
        if (_written)
        {
            throw new InvalidOperationException("The document was already written.");
        }

        _blocks.Add(block);
        return this;
    }
}
