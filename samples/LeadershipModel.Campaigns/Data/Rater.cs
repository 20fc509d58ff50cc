using LeadershipModel.Responses;

namespace LeadershipModel.Campaigns.Data;

/// <summary>
/// One invited rater of a campaign. The label (a name or an address) is for the admin only; it never reaches the
/// person's pages. The link's token is stored only as its SHA-256 hash; a reminder replaces it, and the draft stays.
/// </summary>
public sealed class Rater
{
    /// <summary>Gets or sets the id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the campaign.</summary>
    public Guid CampaignId { get; set; }

    /// <summary>Gets or sets the campaign.</summary>
    public Campaign? Campaign { get; set; }

    /// <summary>Gets or sets the role.</summary>
    public RaterRole Role { get; set; }

    /// <summary>Gets or sets the admin's label for the rater.</summary>
    public required string Label { get; set; }

    /// <summary>Gets or sets the SHA-256 hash of the current link token.</summary>
    public required byte[] TokenHash { get; set; }

    /// <summary>Gets or sets when the current token was issued.</summary>
    public DateTimeOffset TokenIssuedAt { get; set; }

    /// <summary>Gets or sets how many tokens were issued (1 + reminders).</summary>
    public int TokensIssued { get; set; }

    /// <summary>Gets or sets the saved, unsubmitted answers (JSON object of item id to value).</summary>
    public string? DraftAnswers { get; set; }

    /// <summary>Gets or sets the saved, unsubmitted comments (JSON object of question id to text).</summary>
    public string? DraftComments { get; set; }

    /// <summary>Gets or sets when the draft was last saved.</summary>
    public DateTimeOffset? DraftSavedAt { get; set; }

    /// <summary>Gets or sets the submitted response, if any.</summary>
    public Submission? Submission { get; set; }
}
