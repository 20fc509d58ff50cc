using System.ComponentModel.DataAnnotations;

namespace LeadershipModel.Campaigns.Development;

/// <summary>Settings of <see cref="DevelopmentSuggestionEnricher"/>, bound from the <c>DevelopmentSuggestions</c> section.</summary>
public sealed class DevelopmentSuggestionOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "DevelopmentSuggestions";

    /// <summary>Gets or sets how many of the lowest-scoring dimensions get a suggestion: 2 by default.</summary>
    [Range(1, 19)]
    public int Count { get; set; } = 2;
}
