namespace LeadershipModel.Reporting.Documents;

/// <summary>The text formats a <see cref="SectionDocument"/> renders to.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text for a terminal.</summary>
    Text,

    /// <summary>Markdown (CommonMark with GitHub tables).</summary>
    Markdown,

    /// <summary>One self-contained HTML document.</summary>
    Html,
}
