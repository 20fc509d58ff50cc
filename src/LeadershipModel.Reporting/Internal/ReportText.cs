using System.Globalization;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Renders a report to a string through its streaming writer, so that both give the same text.</summary>
internal static class ReportText
{
    public static string Render(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
