namespace LeadershipModel.Cli.Infrastructure;

/// <summary>The command's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Bad usage or unreadable input: nothing useful was produced.</summary>
    public const int UsageOrInput = 1;

    /// <summary>Some rows were rejected; the rest were scored and written.</summary>
    public const int SomeRejected = 2;
}
