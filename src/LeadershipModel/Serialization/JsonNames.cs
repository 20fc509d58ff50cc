using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Serialization;

/// <summary>The names the JSON formats use for enumerations; the schemas list the same values.</summary>
internal static class JsonNames
{
    public const string Canonical = "canonical";

    public static IReadOnlyList<string> Keyings { get; } = ["positive", "reverse"];

    public static IReadOnlyList<string> Poles { get; } = ["management", "leadership"];

    public static IReadOnlyList<string> PowerBases { get; } = [.. Enum.GetValues<PowerBase>().Select(PowerBaseNames.ToId)];

    public static IReadOnlyList<string> RaterRoleIds { get; } = [.. Enum.GetValues<RaterRole>().Select(RaterRoles.ToId)];

    public static string ToName(Keying keying) => keying == Keying.Reverse ? "reverse" : "positive";

    public static Keying ToKeying(string? name) => name == "reverse" ? Keying.Reverse : Keying.Positive;

    public static string ToName(PoleKind pole) => pole == PoleKind.Leadership ? "leadership" : "management";

    public static PoleKind ToPole(string name) => name == "leadership" ? PoleKind.Leadership : PoleKind.Management;
}
