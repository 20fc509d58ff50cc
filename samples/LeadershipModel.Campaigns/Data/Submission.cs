using LeadershipModel.Responses;

namespace LeadershipModel.Campaigns.Data;

/// <summary>A rater's submitted answers: at most one per rater (a unique index), so a second submit stores nothing new.</summary>
public sealed class Submission
{
    /// <summary>Gets or sets the id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the rater (unique).</summary>
    public Guid RaterId { get; set; }

    /// <summary>Gets or sets the rater.</summary>
    public Rater? Rater { get; set; }

    /// <summary>Gets or sets the campaign.</summary>
    public Guid CampaignId { get; set; }

    /// <summary>Gets or sets the rater's role when submitting.</summary>
    public RaterRole Role { get; set; }

    /// <summary>Gets or sets when it was submitted.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Gets or sets the answers (JSON object of item id to value; absent items were skipped).</summary>
    public required string Answers { get; set; }

    /// <summary>Gets or sets the comments (JSON object of question id to text).</summary>
    public required string Comments { get; set; }
}
