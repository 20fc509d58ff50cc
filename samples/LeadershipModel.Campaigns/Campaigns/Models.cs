using System.ComponentModel.DataAnnotations;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>A person as the admin lists them.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Campaigns">How many campaigns are about them.</param>
public sealed record PersonEntry(Guid Id, string Name, int Campaigns);

/// <summary>A new person.</summary>
/// <param name="Name">The name shown on their report.</param>
public sealed record NewPerson([property: Required] string Name);

/// <summary>A new campaign.</summary>
public sealed record NewCampaign
{
    /// <summary>Gets the person the campaign is about.</summary>
    public required Guid PersonId { get; init; }

    /// <summary>Gets the title the admin sees.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the instrument's id: <c>canonical</c> or <c>canonical-short</c>.</summary>
    public required string InstrumentId { get; init; }

    /// <summary>Gets the instrument's version, or <see langword="null"/> for the latest.</summary>
    public string? InstrumentVersion { get; init; }

    /// <summary>Gets the form per role (<c>self</c>, <c>manager</c>, <c>peer</c>, <c>direct-report</c>, <c>other</c>); a role not named answers <c>self</c> for the person and <c>observer</c> for everyone else.</summary>
    public IReadOnlyDictionary<string, string>? Forms { get; init; }

    /// <summary>Gets the least number of distinct raters a group needs to be shown on its own: 3 by default, at least 2.</summary>
    public int AnonymityThreshold { get; init; } = 3;

    /// <summary>Gets the deadline.</summary>
    public required DateTimeOffset Deadline { get; init; }
}

/// <summary>A campaign as the admin lists it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="PersonName">The person it is about.</param>
/// <param name="Status">open, closed or released.</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="Invited">Raters invited.</param>
/// <param name="Submitted">Raters who submitted.</param>
public sealed record CampaignSummary(Guid Id, string Title, string PersonName, string Status, DateTimeOffset Deadline, int Invited, int Submitted);

/// <summary>Completion of one rater group: counts only, never who answered.</summary>
/// <param name="Role">The role.</param>
/// <param name="Invited">Raters invited.</param>
/// <param name="Submitted">Raters who submitted.</param>
public sealed record GroupCompletion(string Role, int Invited, int Submitted);

/// <summary>An invited rater as the admin sees them: no answer and no completion state.</summary>
/// <param name="Id">The id.</param>
/// <param name="Role">The role.</param>
/// <param name="Label">The admin's label.</param>
/// <param name="LinksIssued">How many links were issued (1 + reminders).</param>
public sealed record RaterEntry(Guid Id, string Role, string Label, int LinksIssued);

/// <summary>A campaign in full, for the admin.</summary>
public sealed record CampaignDetails
{
    /// <summary>Gets the id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the person's id.</summary>
    public required Guid PersonId { get; init; }

    /// <summary>Gets the person's name.</summary>
    public required string PersonName { get; init; }

    /// <summary>Gets the instrument's id.</summary>
    public required string InstrumentId { get; init; }

    /// <summary>Gets the instrument's version.</summary>
    public required string InstrumentVersion { get; init; }

    /// <summary>Gets the form per role.</summary>
    public required IReadOnlyDictionary<string, string> Forms { get; init; }

    /// <summary>Gets the anonymity threshold.</summary>
    public required int AnonymityThreshold { get; init; }

    /// <summary>Gets the deadline.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>Gets the state: open, closed or released.</summary>
    public required string Status { get; init; }

    /// <summary>Gets whether raters can still answer (open and before the deadline).</summary>
    public required bool AcceptsAnswers { get; init; }

    /// <summary>Gets when it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Gets when the feedback was released.</summary>
    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>Gets the completion per role, counts only.</summary>
    public required IReadOnlyList<GroupCompletion> Completion { get; init; }

    /// <summary>Gets the invited raters.</summary>
    public required IReadOnlyList<RaterEntry> Raters { get; init; }
}

/// <summary>A new rater.</summary>
/// <param name="Role">self, manager, peer, direct-report or other.</param>
/// <param name="Label">A name or address, seen by the admin only.</param>
public sealed record NewRater(string Role, string Label);

/// <summary>A freshly issued link, shown once: only its hash is kept.</summary>
/// <param name="Id">The rater's or campaign's id.</param>
/// <param name="Token">The token.</param>
/// <param name="Path">The link's path on this app (<c>/r/…</c> or <c>/f/…</c>).</param>
public sealed record IssuedLink(Guid Id, string Token, string Path);

/// <summary>An audit log line.</summary>
/// <param name="At">When.</param>
/// <param name="Admin">Who.</param>
/// <param name="Action">What.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Detail">A description.</param>
public sealed record AuditLine(DateTimeOffset At, string Admin, string Action, Guid? CampaignId, string Detail);
