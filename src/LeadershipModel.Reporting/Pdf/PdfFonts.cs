using SkiaSharp;

namespace LeadershipModel.Reporting.Pdf;

/// <summary>The bundled DejaVu Sans faces, loaded once from the assembly's resources.</summary>
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string name)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("LeadershipModel.Reporting.Fonts." + name)
            ?? throw new InvalidOperationException($"The bundled font {name} is missing from the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The bundled font {name} could not be read.");
    }
}
