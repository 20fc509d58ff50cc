using System.CommandLine;
using System.Globalization;
using LeadershipModel.Analysis.Csv;
using LeadershipModel.Analysis.Responses;
using LeadershipModel.Feedback;
using LeadershipModel.Responses;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>The CLI's side of the rater rules: <c>--default-role</c>, and rejections described with their lines.</summary>
internal static class RaterRules
{
    public static Option<string?> DefaultRoleOption() => new("--default-role")
    {
        Description = "The role of rows whose role cell is empty (self, manager, peer, direct-report, other). Without it such rows are rejected: an empty role is never taken as self.",
    };

    public static RaterRole? ParseDefaultRole(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return RaterRoles.TryParse(text, out var role)
            ? role
            : throw new CliException($"--default-role: '{text}' is not a rater role; use self, manager, peer, direct-report or other.");
    }

    public static ResponseSetReadOptions ReadOptions(RaterRole? defaultRole, System.Text.Encoding? encoding = null)
        => new() { Csv = CsvReadOptions.Default with { DefaultRole = defaultRole, Encoding = encoding } };

    /// <summary>The line of a set, used as its position for <see cref="RaterChecker"/> so that a duplicate names the earlier line.</summary>
    public static int Position(ResponseSetSource source) => source.Line ?? checked((int)source.Row + 1);

    public static string Describe(ResponseSetSource source, RaterRejection rejection)
        => rejection.EarlierIndex is { } earlier
            ? string.Create(CultureInfo.InvariantCulture, $"{source.Location}: {rejection.Message} The earlier rating is on line {earlier}.")
            : $"{source.Location}: {rejection.Message}";
}
