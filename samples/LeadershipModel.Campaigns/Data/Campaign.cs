using LeadershipModel.Responses;

namespace LeadershipModel.Campaigns.Data;

/// <summary>A 360 campaign about one person: its instrument, the form each role answers, the anonymity threshold and the deadline.</summary>
public sealed class Campaign
{
    /// <summary>Gets or sets the id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the person the campaign is about.</summary>
    public Guid PersonId { get; set; }

    /// <summary>Gets or sets the person the campaign is about.</summary>
    public Person? Person { get; set; }

    /// <summary>Gets or sets the title the admin sees.</summary>
    public required string Title { get; set; }

    /// <summary>Gets or sets the instrument's id.</summary>
    public required string InstrumentId { get; set; }

    /// <summary>Gets or sets the instrument's version.</summary>
    public required string InstrumentVersion { get; set; }

    /// <summary>Gets or sets the form the person answers about themselves.</summary>
    public string SelfForm { get; set; } = Forms.Self;

    /// <summary>Gets or sets the form managers answer.</summary>
    public string ManagerForm { get; set; } = Forms.Observer;

    /// <summary>Gets or sets the form peers answer.</summary>
    public string PeerForm { get; set; } = Forms.Observer;

    /// <summary>Gets or sets the form direct reports answer.</summary>
    public string DirectReportForm { get; set; } = Forms.Observer;

    /// <summary>Gets or sets the form other raters answer.</summary>
    public string OtherForm { get; set; } = Forms.Observer;

    /// <summary>Gets or sets the least number of distinct raters a group needs to be shown on its own.</summary>
    public int AnonymityThreshold { get; set; } = 3;

    /// <summary>Gets or sets the moment after which no answer is accepted.</summary>
    public DateTimeOffset Deadline { get; set; }

    /// <summary>Gets or sets the state.</summary>
    public CampaignStatus Status { get; set; }

    /// <summary>Gets or sets when the campaign was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when the admin closed the campaign.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Gets or sets when the feedback was released.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Gets or sets the SHA-256 hash of the person's feedback link token; the token itself is never stored.</summary>
    public byte[]? FeedbackTokenHash { get; set; }

    /// <summary>Gets the raters.</summary>
    public List<Rater> Raters { get; } = [];

    /// <summary>Gets the form that a role answers.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The form's name.</returns>
    public string FormFor(RaterRole role) => role switch
    {
        RaterRole.Self => SelfForm,
        RaterRole.Manager => ManagerForm,
        RaterRole.Peer => PeerForm,
        RaterRole.DirectReport => DirectReportForm,
        _ => OtherForm,
    };

    /// <summary>Gets whether answers are accepted at a moment.</summary>
    /// <param name="now">The moment.</param>
    /// <returns><see langword="true"/> while open and before the deadline.</returns>
    public bool AcceptsAnswers(DateTimeOffset now) => Status == CampaignStatus.Open && now < Deadline;
}
