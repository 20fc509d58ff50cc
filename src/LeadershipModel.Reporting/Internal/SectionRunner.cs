using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Reporting.Sections;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Builds every section of a profile's report: the standard ones, then the host's, each host section guarded so that one that throws cannot break the report.</summary>
internal static class SectionRunner
{
    public static IReadOnlyList<ReportSectionContent> Build(LeadershipProfile profile, DimensionSet dimensions, ReportOptions options)
    {
        var sections = StandardSections.Build(profile, dimensions, options).ToList();
        var context = new ReportSectionContext(profile, dimensions, options);
        foreach (var section in options.Sections)
        {
            if (section is null)
            {
                continue;
            }

            try
            {
                if (section.Build(context) is { } content)
                {
                    sections.Add(content);
                }
            }
#pragma warning disable CA1031 // A host's section must not break the report; its failure is shown instead.
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
            {
                sections.Add(new ReportSectionContent
                {
                    Title = "Section failed",
                    Paragraphs = [$"The section {section.GetType().Name} could not be built: {ex.GetType().Name}: {ex.Message}"],
                });
            }
        }

        return sections;
    }
}
