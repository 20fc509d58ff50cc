using LeadershipModel.Campaigns.Data;
using LeadershipModel.Responses;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// What the admin does: people, campaigns, raters and their links, closing, releasing, exporting and deleting.
/// The pages and the JSON API both call it, so they follow the same rules.
/// </summary>
/// <remarks>Scoped (one per request, with its <see cref="CampaignsDbContext"/>); not thread-safe.</remarks>
/// <param name="db">The store.</param>
/// <param name="catalog">The instruments.</param>
/// <param name="feedback">Builds the person's feedback.</param>
/// <param name="time">The clock.</param>
public sealed class CampaignService(CampaignsDbContext db, InstrumentCatalog catalog, FeedbackBuilder feedback, TimeProvider time)
{
    private const int MaxText = 200;

    /// <summary>Lists the people.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The people, by name.</returns>
    public async Task<IReadOnlyList<PersonEntry>> PeopleAsync(CancellationToken cancellationToken)
    {
        var people = await db.People.Select(p => new PersonEntry(p.Id, p.Name, p.Campaigns.Count)).ToListAsync(cancellationToken);
        return people.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Adds a person.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The person, or a problem.</returns>
    public async Task<Outcome<PersonEntry>> AddPersonAsync(string? name, CancellationToken cancellationToken)
    {
        if (Text(name, "name") is { } problem)
        {
            return problem;
        }

        var person = new Person { Id = Guid.NewGuid(), Name = name!.Trim(), CreatedAt = time.GetUtcNow() };
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return new PersonEntry(person.Id, person.Name, 0);
    }

    /// <summary>Deletes a person with their campaigns, raters and responses.</summary>
    /// <param name="id">The person.</param>
    /// <param name="admin">The admin, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when the person existed.</returns>
    public async Task<bool> DeletePersonAsync(Guid id, string admin, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Campaigns).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var campaigns = person.Campaigns.Select(c => c.Id).ToList();
        await DeleteResponsesAsync(campaigns, cancellationToken);
        db.People.Remove(person);
        Audit(admin, "delete-person", null, $"Deleted a person with {campaigns.Count} campaign(s), their raters and responses.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Lists the campaigns.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The campaigns, newest first.</returns>
    public async Task<IReadOnlyList<CampaignSummary>> CampaignsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Campaigns
            .Select(c => new
            {
                c.Id, c.Title, PersonName = c.Person!.Name, c.Status, c.Deadline, c.CreatedAt,
                Invited = c.Raters.Count,
                Submitted = c.Raters.Count(r => r.Submission != null),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.CreatedAt)
            .Select(r => new CampaignSummary(r.Id, r.Title, r.PersonName, StatusName(r.Status), r.Deadline, r.Invited, r.Submitted))
            .ToList();
    }

    /// <summary>Creates a campaign.</summary>
    /// <param name="input">The campaign.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The campaign, or a problem.</returns>
    public async Task<Outcome<CampaignDetails>> CreateAsync(NewCampaign input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Text(input.Title, "title") is { } problem)
        {
            return problem;
        }

        if (!await db.People.AnyAsync(p => p.Id == input.PersonId, cancellationToken))
        {
            return Problem.Invalid("personId: there is no person with that id; add the person first.");
        }

        var instrument = catalog.Find(input.InstrumentId ?? string.Empty, input.InstrumentVersion);
        if (instrument is null)
        {
            return Problem.Invalid($"instrumentId: unknown instrument '{input.InstrumentId}'; choose one of: {string.Join(", ", catalog.Instruments.Select(i => $"{i.Id} {i.Version}"))}.");
        }

        if (input.AnonymityThreshold < Feedback.FeedbackOptions.MinimumAnonymityThreshold)
        {
            return Problem.Invalid($"anonymityThreshold: must be at least {Feedback.FeedbackOptions.MinimumAnonymityThreshold}, so that no group shows one rater.");
        }

        var now = time.GetUtcNow();
        if (input.Deadline <= now)
        {
            return Problem.Invalid("deadline: must be in the future.");
        }

        var campaign = new Campaign
        {
            Id = Guid.NewGuid(),
            PersonId = input.PersonId,
            Title = input.Title.Trim(),
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            AnonymityThreshold = input.AnonymityThreshold,
            Deadline = input.Deadline.ToUniversalTime(),
            Status = CampaignStatus.Open,
            CreatedAt = now,
        };
        foreach (var (roleId, form) in input.Forms ?? new Dictionary<string, string>())
        {
            if (!RaterRoles.TryParse(roleId, out var role))
            {
                return Problem.Invalid($"forms.{roleId}: unknown role; use self, manager, peer, direct-report or other.");
            }

            if (!Forms.All.Contains(form))
            {
                return Problem.Invalid($"forms.{roleId}: unknown form '{form}'; use {string.Join(" or ", Forms.All)}.");
            }

            SetForm(campaign, role, form);
        }

        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return (await DetailsAsync(campaign.Id, cancellationToken))!;
    }

    /// <summary>Gets a campaign with completion counts per group.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The campaign, or <see langword="null"/>.</returns>
    public async Task<CampaignDetails?> DetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Person).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var raters = await db.Raters.AsNoTracking().Where(r => r.CampaignId == id)
            .Select(r => new { r.Id, r.Role, r.Label, r.TokensIssued, Submitted = r.Submission != null })
            .ToListAsync(cancellationToken);
        var completion = new List<GroupCompletion>();
        foreach (var role in RaterRoles.All)
        {
            var inRole = raters.Where(r => r.Role == role).ToList();
            if (inRole.Count > 0)
            {
                completion.Add(new GroupCompletion(RaterRoles.ToId(role), inRole.Count, inRole.Count(r => r.Submitted)));
            }
        }

        var forms = new Dictionary<string, string>();
        foreach (var role in RaterRoles.All)
        {
            forms[RaterRoles.ToId(role)] = campaign.FormFor(role);
        }

        return new CampaignDetails
        {
            Id = campaign.Id,
            Title = campaign.Title,
            PersonId = campaign.PersonId,
            PersonName = campaign.Person!.Name,
            InstrumentId = campaign.InstrumentId,
            InstrumentVersion = campaign.InstrumentVersion,
            Forms = forms,
            AnonymityThreshold = campaign.AnonymityThreshold,
            Deadline = campaign.Deadline,
            Status = StatusName(campaign.Status),
            AcceptsAnswers = campaign.AcceptsAnswers(time.GetUtcNow()),
            ClosedAt = campaign.ClosedAt,
            ReleasedAt = campaign.ReleasedAt,
            Completion = completion,
            Raters = raters
                .OrderBy(r => r.Role).ThenBy(r => r.Label, StringComparer.CurrentCultureIgnoreCase)
                .Select(r => new RaterEntry(r.Id, RaterRoles.ToId(r.Role), r.Label, r.TokensIssued))
                .ToList(),
        };
    }

    /// <summary>Invites a rater: a new link, shown once.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="input">The rater.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The link, or a problem.</returns>
    public async Task<Outcome<IssuedLink>> AddRaterAsync(Guid campaignId, NewRater input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!RaterRoles.TryParse(input.Role, out var role))
        {
            return Problem.Invalid($"role: unknown role '{input.Role}'; use self, manager, peer, direct-report or other.");
        }

        if (Text(input.Label, "label") is { } problem)
        {
            return problem;
        }

        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return Problem.NotFound("campaign");
        }

        if (!campaign.AcceptsAnswers(time.GetUtcNow()))
        {
            return Problem.Conflict("The campaign is closed or past its deadline: no rater can be added.");
        }

        if (role == RaterRole.Self && await db.Raters.AnyAsync(r => r.CampaignId == campaignId && r.Role == RaterRole.Self, cancellationToken))
        {
            return Problem.Conflict("The campaign already has the person's own (self) rater; send a reminder to give them a new link.");
        }

        var (token, hash) = LinkTokens.Create();
        var rater = new Rater
        {
            Id = Guid.NewGuid(),
            CampaignId = campaignId,
            Role = role,
            Label = input.Label.Trim(),
            TokenHash = hash,
            TokenIssuedAt = time.GetUtcNow(),
            TokensIssued = 1,
        };
        db.Raters.Add(rater);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedLink(rater.Id, token, RaterPath(token));
    }

    /// <summary>Sends a reminder: a fresh link that replaces the old one; saved answers stay.</summary>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="raterId">The rater.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new link, or a problem.</returns>
    public async Task<Outcome<IssuedLink>> RemindAsync(Guid campaignId, Guid raterId, CancellationToken cancellationToken)
    {
        var rater = await db.Raters.Include(r => r.Campaign).FirstOrDefaultAsync(r => r.Id == raterId && r.CampaignId == campaignId, cancellationToken);
        if (rater is null)
        {
            return Problem.NotFound("rater in this campaign");
        }

        if (!rater.Campaign!.AcceptsAnswers(time.GetUtcNow()))
        {
            return Problem.Conflict("The campaign is closed or past its deadline: a reminder would lead nowhere.");
        }

        var (token, hash) = LinkTokens.Create();
        rater.TokenHash = hash;
        rater.TokenIssuedAt = time.GetUtcNow();
        rater.TokensIssued++;
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedLink(rater.Id, token, RaterPath(token));
    }

    /// <summary>Closes a campaign: no more answers.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The campaign, or a problem.</returns>
    public async Task<Outcome<CampaignDetails>> CloseAsync(Guid id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return Problem.NotFound("campaign");
        }

        if (campaign.Status == CampaignStatus.Open)
        {
            campaign.Status = CampaignStatus.Closed;
            campaign.ClosedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return (await DetailsAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// Releases the feedback to the person: a fresh feedback link, shown once (releasing again replaces it). The
    /// campaign must be closed first, and the release is written to the audit log.
    /// </summary>
    /// <param name="id">The campaign.</param>
    /// <param name="admin">The admin.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The person's link, or a problem.</returns>
    public async Task<Outcome<IssuedLink>> ReleaseAsync(Guid id, string admin, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return Problem.NotFound("campaign");
        }

        if (campaign.Status == CampaignStatus.Open)
        {
            return Problem.Conflict("Close the campaign before releasing its feedback.");
        }

        var submitted = await db.Submissions.CountAsync(s => s.CampaignId == id, cancellationToken);
        if (submitted == 0)
        {
            return Problem.Conflict("Nobody answered: there is no feedback to release.");
        }

        var (token, hash) = LinkTokens.Create();
        var first = campaign.Status != CampaignStatus.Released;
        campaign.Status = CampaignStatus.Released;
        campaign.ReleasedAt = time.GetUtcNow();
        campaign.FeedbackTokenHash = hash;
        Audit(admin, "release", id, first
            ? $"Released the feedback of '{campaign.Title}' ({submitted} response(s)) and issued the person's link."
            : $"Issued a new feedback link for '{campaign.Title}'; the previous one no longer works.");
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedLink(id, token, FeedbackPath(token));
    }

    /// <summary>Exports the raw answers as CSV and writes the export to the audit log.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="admin">The admin.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The file name and the CSV, or a problem.</returns>
    public async Task<Outcome<(string FileName, string Csv)>> ExportAsync(Guid id, string admin, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return Problem.NotFound("campaign");
        }

        var instrument = catalog.Find(campaign.InstrumentId, campaign.InstrumentVersion)!;
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.CampaignId == id).ToListAsync(cancellationToken);
        var csv = RawAnswersCsv.Write(instrument, submissions);
        Audit(admin, "export", id, $"Exported the raw answers of '{campaign.Title}' ({submissions.Count} response(s)).");
        await db.SaveChangesAsync(cancellationToken);
        return ($"raw-answers-{id:N}.csv", csv);
    }

    /// <summary>Deletes a campaign with its raters and responses.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="admin">The admin.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public async Task<bool> DeleteCampaignAsync(Guid id, string admin, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DeleteResponsesAsync([id], cancellationToken);
        db.Campaigns.Remove(campaign);
        Audit(admin, "delete-campaign", id, $"Deleted the campaign '{campaign.Title}' with its raters and responses.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Reads the audit log.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The entries, newest first.</returns>
    public async Task<IReadOnlyList<AuditLine>> AuditAsync(CancellationToken cancellationToken)
        => await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Id)
            .Select(e => new AuditLine(e.At, e.Admin, e.Action, e.CampaignId, e.Detail))
            .ToListAsync(cancellationToken);

    /// <summary>Builds the person's feedback for the admin's preview of what will be released.</summary>
    /// <param name="id">The campaign.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The feedback, or <see langword="null"/>.</returns>
    public async Task<PersonFeedback?> PreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Person).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null ? null : await feedback.BuildAsync(campaign, cancellationToken);
    }

    /// <summary>Gets the path of a rater's link.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The path.</returns>
    public static string RaterPath(string token) => "/r/" + token;

    /// <summary>Gets the path of the person's feedback link.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The path.</returns>
    public static string FeedbackPath(string token) => "/f/" + token;

    /// <summary>Gets a status's name.</summary>
    /// <param name="status">The status.</param>
    /// <returns>open, closed or released.</returns>
    public static string StatusName(CampaignStatus status) => status.ToString().ToLowerInvariant();

    private async Task DeleteResponsesAsync(IReadOnlyCollection<Guid> campaigns, CancellationToken cancellationToken)
    {
        await db.Submissions.Where(s => campaigns.Contains(s.CampaignId)).ExecuteDeleteAsync(cancellationToken);
        await db.Raters.Where(r => campaigns.Contains(r.CampaignId)).ExecuteDeleteAsync(cancellationToken);
    }

    private void Audit(string admin, string action, Guid? campaignId, string detail)
        => db.AuditLog.Add(new AuditEntry { At = time.GetUtcNow(), Admin = admin, Action = action, CampaignId = campaignId, Detail = detail });

    private static Problem? Text(string? value, string field) => string.IsNullOrWhiteSpace(value)
        ? Problem.Invalid($"{field}: must not be empty.")
        : value.Length > MaxText ? Problem.Invalid($"{field}: at most {MaxText} characters.") : null;

    private static void SetForm(Campaign campaign, RaterRole role, string form)
    {
        switch (role)
        {
            case RaterRole.Self: campaign.SelfForm = form; break;
            case RaterRole.Manager: campaign.ManagerForm = form; break;
            case RaterRole.Peer: campaign.PeerForm = form; break;
            case RaterRole.DirectReport: campaign.DirectReportForm = form; break;
            default: campaign.OtherForm = form; break;
        }
    }
}
