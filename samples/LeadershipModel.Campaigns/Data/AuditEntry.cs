namespace LeadershipModel.Campaigns.Data;

/// <summary>One line of the audit log: a release, an export or a deletion, with its time and the admin.</summary>
public sealed class AuditEntry
{
    /// <summary>Gets or sets the id (in order of writing).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets when it happened, from the app's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Gets or sets the admin's user name.</summary>
    public required string Admin { get; set; }

    /// <summary>Gets or sets what happened: <c>release</c>, <c>export</c>, <c>delete-campaign</c> or <c>delete-person</c>.</summary>
    public required string Action { get; set; }

    /// <summary>Gets or sets the campaign concerned, kept as a plain id so that the entry outlives the campaign.</summary>
    public Guid? CampaignId { get; set; }

    /// <summary>Gets or sets a short description, never a rater's answers.</summary>
    public required string Detail { get; set; }
}
