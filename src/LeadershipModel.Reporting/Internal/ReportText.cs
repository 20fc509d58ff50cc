using System.Globalization;
using LeadershipModel.Internal;
using LeadershipModel.Scoring;

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

    /// <summary>Checks the arguments of a report's <c>Write</c> and returns the options to use.</summary>
    public static ReportOptions Checked(TextWriter writer, LeadershipProfile profile, DimensionSet dimensions, ReportOptions? options)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(profile);
        Preconditions.NotNull(dimensions);
        return options ?? ReportOptions.Default;
    }

    /// <summary>Writes many reports in order, streaming, with <paramref name="separator"/> between them.</summary>
    public static void WriteAll(TextWriter writer, IEnumerable<LeadershipProfile> profiles, string separator, Action<LeadershipProfile> write)
    {
        Preconditions.NotNull(writer);
        Preconditions.NotNull(profiles);
        var first = true;
        foreach (var profile in profiles)
        {
            if (!first)
            {
                writer.Write(separator);
            }

            write(profile);
            first = false;
        }
    }
}
