namespace LeadershipModel.Cli.Infrastructure;

/// <summary>A problem the user can fix: bad usage or unreadable input. Printed as one line on stderr; exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);
