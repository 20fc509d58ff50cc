namespace LeadershipModel.Cli.Output;

/// <summary>The formats of <c>leadership score</c>.</summary>
internal static class ReportFormats
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Markdown = "markdown";
    public const string Html = "html";

    public static readonly string[] All = [Table, Json, Csv, Markdown, Html];
}
