namespace LeadershipModel.Reporting.Sections;

/// <summary>
/// A section a host adds to every profile's report, such as a 360 comparison of self and others by role.
/// </summary>
/// <remarks>
/// <para>A section returns format-neutral content (paragraphs and tables of plain text); the text, Markdown and
/// HTML renderers lay it out and escape every string, so a section never has to. A section that throws does not
/// break the report: the renderer shows that the section failed, with the section's type name.</para>
/// <para>Implementations should be immutable and thread-safe: one instance serves many reports, possibly at once.</para>
/// </remarks>
public interface IReportSection
{
    /// <summary>Builds the section for one profile.</summary>
    /// <param name="context">The profile, its dimensions and the report options.</param>
    /// <returns>The content, or <see langword="null"/> when the section has nothing to say about this profile.</returns>
    ReportSectionContent? Build(ReportSectionContext context);
}
