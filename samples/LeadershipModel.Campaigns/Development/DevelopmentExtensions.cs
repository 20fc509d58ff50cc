using LeadershipModel.Scoring;

namespace LeadershipModel.Campaigns.Development;

/// <summary>The profile extensions written by <see cref="DevelopmentSuggestionEnricher"/>.</summary>
/// <remarks>They appear in the profile JSON under <c>extensions</c>, by these names.</remarks>
public static class DevelopmentExtensions
{
    /// <summary>The ids of the dimensions to develop, lowest integration first, separated by commas.</summary>
    public static readonly ExtensionKey<string> Focus = new("acme.development-focus");

    /// <summary>A development suggestion in plain English, one sentence per dimension.</summary>
    public static readonly ExtensionKey<string> Suggestion = new("acme.development-suggestion");
}
