using System.Globalization;
using SkiaSharp;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// The person's feedback as a PDF download: the published groups, the self–other gaps and the comments, on A4
/// pages, drawn with SkiaSharp's PDF backend (already under the library's chart package).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class FeedbackPdf
{
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Margin = 50;

    /// <summary>Renders the feedback.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <returns>The PDF bytes.</returns>
    public static byte[] Render(PersonFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = $"Feedback for {feedback.PersonName}", Creator = "LeadershipModel.Campaigns" };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using var writer = new PageWriter(document);
            writer.Heading($"Feedback for {feedback.PersonName}", 18);
            writer.Text($"{feedback.CampaignTitle} · instrument {feedback.InstrumentId} {feedback.InstrumentVersion}"
                + (feedback.IsValidated ? "." : " (not validated: use it for development, not for decisions)."));
            writer.Text($"Peers, direct reports and others are shown only in groups of at least {feedback.AnonymityThreshold} people; the manager's view is shown as the manager's; no rater is named.");
            if (feedback.MergedRaters > 0)
            {
                writer.Text($"{feedback.MergedRaters} rater(s) were merged into \"others combined\" to keep them anonymous.");
            }

            if (feedback.WithheldRaters > 0)
            {
                writer.Text($"{feedback.WithheldRaters} rater(s) are left out of every figure: too few to stay anonymous even when combined.");
            }

            if (!feedback.HasSelfAssessment)
            {
                writer.Text("There is no self-assessment in this campaign.");
            }

            writer.Heading("Rater groups: mean overall indices (0 to 1)", 13);
            writer.Row(["group", "people", "management", "leadership", "orientation", "integration"], bold: true);
            foreach (var g in feedback.Groups)
            {
                writer.Row([g.Group, g.Raters.ToString(CultureInfo.InvariantCulture), Number(g.Management), Number(g.Leadership), Number(g.Orientation), Number(g.Integration)]);
            }

            if (feedback.Gaps.Count > 0)
            {
                writer.Heading("Self minus others", 13);
                writer.Row(["index", "self", "others", "gap", "agreement"], bold: true);
                foreach (var gap in feedback.Gaps)
                {
                    writer.Row([gap.IndexId, Number(gap.Self), Number(gap.Others), Number(gap.Gap), gap.Agreement]);
                }
            }

            if (feedback.Comments.Count > 0)
            {
                writer.Heading("Comments, word for word, by group", 13);
                foreach (var c in feedback.Comments)
                {
                    writer.Text($"[{c.Group}] {c.Question} {c.Text}");
                }
            }
        }

        return stream.ToArray();
    }

    private static string Number(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "–";

    private sealed class PageWriter : IDisposable
    {
        private readonly SKDocument _document;
        private readonly SKTypeface _regular = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        private readonly SKTypeface _bold = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default;
        private readonly SKPaint _paint = new() { Color = SKColors.Black, IsAntialias = true };
        private SKCanvas? _canvas;
        private float _y;

        public PageWriter(SKDocument document)
        {
            _document = document;
            NewPage();
        }

        public void Heading(string text, float size)
        {
            _y += size * 0.6f;
            Lines(text, size, _bold);
        }

        public void Text(string text) => Lines(text, 10, _regular);

        public void Row(IReadOnlyList<string> cells, bool bold = false)
        {
            using var font = new SKFont(bold ? _bold : _regular, 9);
            Room(14);
            var total = PageWidth - (2 * Margin);
            var first = cells.Count > 1 ? 190f : total;
            var rest = cells.Count > 1 ? (total - first) / (cells.Count - 1) : 0;
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var width = i == 0 ? first : rest;
                _canvas!.DrawText(Fit(cells[i], width, font), x, _y, SKTextAlign.Left, font, _paint);
                x += width;
            }

            _y += 14;
        }

        public void Dispose()
        {
            _document.EndPage();
            _document.Close();
            _paint.Dispose();
            _regular.Dispose();
            _bold.Dispose();
        }

        private static string Fit(string text, float width, SKFont font)
        {
            while (text.Length > 1 && font.MeasureText(text) > width - 4)
            {
                text = text[..^2] + "…";
            }

            return text;
        }

        private void Lines(string text, float size, SKTypeface typeface)
        {
            using var font = new SKFont(typeface, size);
            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) > PageWidth - (2 * Margin) && line.Length > 0)
                {
                    Draw(line, size, font);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            Draw(line, size, font);
            _y += size * 0.4f;
        }

        private void Draw(string line, float size, SKFont font)
        {
            Room(size * 1.4f);
            _canvas!.DrawText(line, Margin, _y, SKTextAlign.Left, font, _paint);
            _y += size * 1.4f;
        }

        private void Room(float height)
        {
            if (_y + height > PageHeight - Margin)
            {
                _document.EndPage();
                NewPage();
            }
        }

        private void NewPage()
        {
            _canvas = _document.BeginPage(PageWidth, PageHeight);
            _y = Margin + 12;
        }
    }
}
