using System.Globalization;
using LeadershipModel.Reporting.Sections;
using SkiaSharp;

namespace LeadershipModel.Reporting.Pdf;

/// <summary>Draws blocks onto A4 pages of an <see cref="SKDocument"/>, breaking pages and repeating table headers.</summary>
internal sealed class PdfLayout : IDisposable
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 56f;
    private const float Bottom = PageHeight - 64f;
    private const float TextWidth = PageWidth - (2 * Margin);
    private const float BodySize = 10f;
    private const float BodyLine = 14f;
    private const float TableSize = 8f;
    private const float TableLine = 10.5f;
    private const float CellPadding = 3f;

    private static readonly SKColor Ink = new(0x1d, 0x23, 0x2a);
    private static readonly SKColor Muted = new(0x57, 0x60, 0x6a);
    private static readonly SKColor Rule = new(0xd0, 0xd7, 0xde);
    private static readonly SKColor HeaderFill = new(0xf3, 0xf5, 0xf7);

    private readonly SKDocument _document;
    private readonly string _title;
    private readonly SKFont _body = new(PdfFonts.Regular, BodySize);
    private readonly SKFont _bold = new(PdfFonts.Bold, BodySize);
    private readonly SKFont _cell = new(PdfFonts.Regular, TableSize);
    private readonly SKFont _cellBold = new(PdfFonts.Bold, TableSize);
    private readonly SKFont _heading = new(PdfFonts.Bold, 14f);
    private readonly SKFont _titleFont = new(PdfFonts.Bold, 24f);
    private readonly SKFont _footer = new(PdfFonts.Regular, 8f);
    private readonly SKPaint _ink = new() { Color = Ink, IsAntialias = true };
    private readonly SKPaint _muted = new() { Color = Muted, IsAntialias = true };
    private readonly SKPaint _rule = new() { Color = Rule, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
    private readonly SKPaint _fill = new() { Color = HeaderFill, Style = SKPaintStyle.Fill };
    private SKCanvas? _canvas;
    private int _page;
    private float _y;

    public PdfLayout(Stream stream, string title)
    {
        _title = title;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "LeadershipModel.Reporting",
            Producer = "LeadershipModel.Reporting",
            RasterDpi = 150,

            // 101 is lossless: the default of a new metadata value (0) would store charts as the coarsest JPEG.
            EncodingQuality = 101,
        };
        _document = SKDocument.CreatePdf(stream, metadata) ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
    }

    public void Draw(PdfBlock block)
    {
        switch (block)
        {
            case PdfBlock.Title t:
                DrawTitle(t);
                break;
            case PdfBlock.Heading h:
                if (h.NewPage || _canvas is null || _y + 60 > Bottom)
                {
                    NewPage();
                }
                else
                {
                    _y += 10;
                }

                foreach (var line in Wrap(h.Text, _heading, TextWidth))
                {
                    _y += 18;
                    Canvas.DrawText(line, Margin, _y, _heading, _ink);
                }

                _y += 8;
                break;
            case PdfBlock.Paragraph p:
                foreach (var line in Wrap(p.Text, _body, TextWidth))
                {
                    Room(BodyLine);
                    _y += BodyLine;
                    Canvas.DrawText(line, Margin, _y, _body, _ink);
                }

                _y += 5;
                break;
            case PdfBlock.Picture picture:
                DrawPicture(picture);
                break;
            case PdfBlock.Grid grid:
                DrawTable(grid.Table);
                break;
        }
    }

    public void Dispose()
    {
        EndPage();
        _document.Close();
        _document.Dispose();
        foreach (var d in new IDisposable[] { _body, _bold, _cell, _cellBold, _heading, _titleFont, _footer, _ink, _muted, _rule, _fill })
        {
            d.Dispose();
        }
    }

    private SKCanvas Canvas => _canvas ?? NewPage();

    private void DrawTitle(PdfBlock.Title title)
    {
        NewPage();
        _y = PageHeight / 3;
        foreach (var line in Wrap(title.Text, _titleFont, TextWidth))
        {
            Canvas.DrawText(line, Margin, _y, _titleFont, _ink);
            _y += 32;
        }

        _y += 12;
        foreach (var text in title.Lines)
        {
            foreach (var line in Wrap(text, _body, TextWidth))
            {
                Canvas.DrawText(line, Margin, _y, _body, _ink);
                _y += BodyLine;
            }

            _y += 6;
        }

        EndPage();
    }

    private void DrawPicture(PdfBlock.Picture picture)
    {
        using var image = SKImage.FromEncodedData(picture.Encoded) ?? throw new ArgumentException("The image could not be decoded.");
        var width = TextWidth * picture.WidthShare;
        var height = width * image.Height / image.Width;
        if (height > Bottom - Margin)
        {
            height = Bottom - Margin;
            width = height * image.Width / image.Height;
        }

        Room(height + 6);
        var left = Margin + ((TextWidth - width) / 2);
        Canvas.DrawImage(image, new SKRect(left, _y + 3, left + width, _y + 3 + height));
        _y += height + 6;
    }

    private void DrawTable(ReportTable table)
    {
        var columns = table.Columns.Count;
        var widths = ColumnWidths(table);
        var header = table.Columns.Select((c, i) => Wrap(c, _cellBold, widths[i] - (2 * CellPadding))).ToList();
        var headerHeight = (header.Max(h => h.Count) * TableLine) + (2 * CellPadding);

        void Caption(bool continued)
        {
            if (table.Caption is { } caption)
            {
                foreach (var line in Wrap(caption + (continued ? " (continued)" : ""), _bold, TextWidth))
                {
                    _y += BodyLine;
                    Canvas.DrawText(line, Margin, _y, _bold, _ink);
                }

                _y += 3;
            }
        }

        void Header()
        {
            DrawRow(header, widths, headerHeight, _cellBold, fill: true);
        }

        var firstRow = table.Rows.Count == 0 ? headerHeight : RowHeight(table.Rows[0], widths);
        Room(headerHeight + firstRow + (table.Caption is null ? 0 : BodyLine + 3));
        Caption(continued: false);
        Header();
        foreach (var row in table.Rows)
        {
            var cells = row.Select((c, i) => Wrap(c, _cell, widths[i] - (2 * CellPadding))).ToList();
            var height = (cells.Max(c => c.Count) * TableLine) + (2 * CellPadding);
            if (_y + height > Bottom)
            {
                NewPage();
                Caption(continued: true);
                Header();
            }

            DrawRow(cells, widths, height, _cell, fill: false);
        }

        _y += 8;
        _ = columns;
    }

    private float RowHeight(EquatableArray<string> row, float[] widths)
        => (row.Select((c, i) => Wrap(c, _cell, widths[i] - (2 * CellPadding)).Count).Max() * TableLine) + (2 * CellPadding);

    private void DrawRow(List<List<string>> cells, float[] widths, float height, SKFont font, bool fill)
    {
        var x = Margin;
        var total = widths.Sum();
        if (fill)
        {
            Canvas.DrawRect(new SKRect(Margin, _y, Margin + total, _y + height), _fill);
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var lineY = _y + CellPadding + TableSize;
            foreach (var line in cells[i])
            {
                Canvas.DrawText(line, x + CellPadding, lineY, font, _ink);
                lineY += TableLine;
            }

            Canvas.DrawRect(new SKRect(x, _y, x + widths[i], _y + height), _rule);
            x += widths[i];
        }

        _y += height;
    }

    /// <summary>Natural widths when the table fits; otherwise each column keeps up to 70 pt and shares the rest by its natural width.</summary>
    private float[] ColumnWidths(ReportTable table)
    {
        var n = table.Columns.Count;
        var natural = new float[n];
        for (var i = 0; i < n; i++)
        {
            var widest = _cellBold.MeasureText(table.Columns[i]);
            foreach (var row in table.Rows)
            {
                widest = Math.Max(widest, _cell.MeasureText(row[i]));
            }

            natural[i] = widest + (2 * CellPadding) + 1;
        }

        if (natural.Sum() <= TextWidth)
        {
            return natural;
        }

        var floor = natural.Select(w => Math.Min(w, 70f)).ToArray();
        var spare = TextWidth - floor.Sum();
        var extra = natural.Select((w, i) => w - floor[i]).ToArray();
        var extraSum = extra.Sum();
        return floor.Select((f, i) => spare > 0 && extraSum > 0 ? f + (spare * extra[i] / extraSum) : TextWidth / n).ToArray();
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (font.MeasureText(line) > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && font.MeasureText(line[..cut]) > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private void Room(float height)
    {
        if (_canvas is null || _y + height > Bottom)
        {
            NewPage();
        }
    }

    private SKCanvas NewPage()
    {
        EndPage();
        _page++;
        _canvas = _document.BeginPage(PageWidth, PageHeight);
        _y = Margin;
        return _canvas;
    }

    private void EndPage()
    {
        if (_canvas is null)
        {
            return;
        }

        var footer = $"{_title} · page {_page.ToString(CultureInfo.InvariantCulture)}";
        _canvas.DrawText(footer, Margin, PageHeight - 32, _footer, _muted);
        _document.EndPage();
        _canvas = null;
    }
}
