using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Reporting.Internal;

/// <summary>The display names of the model's enumerations, fixed here so that renaming an enum member cannot change a report.</summary>
internal static class Labels
{
    public static string Of(Quadrant? quadrant) => quadrant switch
    {
        Quadrant.Manager => "Manager",
        Quadrant.Leader => "Leader",
        Quadrant.Integrator => "Integrator",
        Quadrant.Disengaged => "Disengaged",
        _ => NumberFormat.Missing,
    };

    public static string Of(RaterRole role) => RaterRoles.ToId(role);

    public static string Of(PowerBase powerBase) => PowerBaseNames.ToId(powerBase);

    public static string Of(AuthoritySource source) => source switch
    {
        AuthoritySource.Positional => "positional",
        AuthoritySource.Expertise => "expertise",
        AuthoritySource.Character => "character",
        _ => source.ToString(),
    };

    public static string Of(Conferrer conferrer) => conferrer switch
    {
        Conferrer.Organization => "the organisation",
        Conferrer.Followers => "followers",
        _ => conferrer.ToString(),
    };

    public static string Of(TransactionalLever lever) => lever switch
    {
        TransactionalLever.Carrot => "carrot",
        TransactionalLever.Stick => "stick",
        _ => string.Empty,
    };

    public static string Of(InfluenceOutcome outcome) => outcome switch
    {
        InfluenceOutcome.Commitment => "commitment",
        InfluenceOutcome.Compliance => "compliance",
        InfluenceOutcome.Resistance => "resistance",
        InfluenceOutcome.None => "no influence",
        _ => outcome.ToString(),
    };
}
