namespace LeadershipModel.Campaigns.Data;

/// <summary>The names of an instrument's forms: the person's own (first person) and the observers' (about the person).</summary>
public static class Forms
{
    /// <summary>The self form.</summary>
    public const string Self = "self";

    /// <summary>The observer form.</summary>
    public const string Observer = "observer";

    /// <summary>Gets every form name.</summary>
    public static IReadOnlyList<string> All { get; } = [Self, Observer];
}
