namespace LeadershipModel;

/// <summary>The facets that group the canonical dimensions. Custom dimensions may use any other name.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class Facets
{
    /// <summary>How a person gets others to act: control, power and authority versus influence and care.</summary>
    public const string Power = "Power";

    /// <summary>What a person pays attention to: the visible, the parts, the physical, or their opposites.</summary>
    public const string Attention = "Attention";

    /// <summary>What drives the work: goals, needs and structure versus mission, values and meaning.</summary>
    public const string Purpose = "Purpose";

    /// <summary>How a person treats the status quo: stability and the existing versus instability and the new.</summary>
    public const string Change = "Change";

    /// <summary>The relationship with followers: who serves whom, and whether they are pushed or attracted.</summary>
    public const string Followers = "Followers";

    /// <summary>How people are developed and how the person develops: doing and skills versus becoming and self.</summary>
    public const string Development = "Development";

    /// <summary>The time horizon and the measure of success: short term and efficiency versus long term and effectiveness.</summary>
    public const string Results = "Results";

    /// <summary>How resources are held: administered versus stewarded.</summary>
    public const string Resources = "Resources";
}
