using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

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

    public static IReadOnlyList<string> Quadrants { get; } = [.. Enum.GetValues<Quadrant>().Select(ToName)];

    public static IReadOnlyList<string> ScaleStatuses { get; } = [.. Enum.GetValues<ScaleStatus>().Select(ToName)];

    public static IReadOnlyList<string> Sources { get; } = [.. Enum.GetValues<AuthoritySource>().Select(ToName)];

    public static string ToName(Quadrant quadrant) => quadrant switch
    {
        Quadrant.Manager => "manager",
        Quadrant.Leader => "leader",
        Quadrant.Integrator => "integrator",
        _ => "disengaged",
    };

    public static string ToName(ScaleStatus status) => status == ScaleStatus.TooFewAnswered ? "too-few-answered" : "scored";

    public static string ToName(AuthoritySource source) => source switch
    {
        AuthoritySource.Positional => "positional",
        AuthoritySource.Expertise => "expertise",
        _ => "character",
    };

    public static Quadrant ToQuadrant(string name) => Enum.GetValues<Quadrant>().First(q => ToName(q) == name);

    public static ScaleStatus ToScaleStatus(string name) => name == "too-few-answered" ? ScaleStatus.TooFewAnswered : ScaleStatus.Scored;

    public static AuthoritySource ToSource(string name) => Enum.GetValues<AuthoritySource>().First(s => ToName(s) == name);

    public static PowerBase ToPowerBase(string name) => Enum.GetValues<PowerBase>().First(b => PowerBaseNames.ToId(b) == name);
}
