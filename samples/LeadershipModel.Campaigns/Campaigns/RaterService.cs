using LeadershipModel.Campaigns.Data;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// What a rater does through their link: open the form, save and resume, submit once. Each save and each submission
/// is one transaction; a second submission stores nothing new (the rater's submission is unique in the database).
/// </summary>
/// <remarks>Scoped (one per request); not thread-safe.</remarks>
/// <param name="db">The store.</param>
/// <param name="catalog">The instruments.</param>
/// <param name="time">The clock.</param>
public sealed class RaterService(CampaignsDbContext db, InstrumentCatalog catalog, TimeProvider time)
{
    /// <summary>The longest comment accepted, in characters.</summary>
    public const int MaxCommentLength = 4000;

    /// <summary>What the rater is told about who sees their answers.</summary>
    public const string Confidentiality =
        "Who sees what: the person sees only results of groups of raters, never your name or your own answers; "
        + "a group too small to stay anonymous is combined with others or left out. A manager's answers are shown as the "
        + "manager's. Your comments are shown word for word within your group. The administrator of this campaign sees "
        + "who has been invited and can export every rater's raw answers.";

    /// <summary>Gets the problem of a link that is unknown: forged, mistyped or replaced by a reminder.</summary>
    public static Problem UnknownLink { get; } = new(StatusCodes.Status404NotFound, "Unknown link", "This link is not valid: it may be mistyped, or a newer link has replaced it.");

    /// <summary>Gets the problem of a rater who has already submitted.</summary>
    public static Problem AlreadySubmitted { get; } = new(StatusCodes.Status409Conflict, "Already submitted", "Your answers are in. Thank you: there is nothing more to do.");

    /// <summary>Gets the problem of a closed campaign or a passed deadline.</summary>
    public static Problem CampaignClosed { get; } = new(StatusCodes.Status410Gone, "Campaign closed", "This campaign is closed or past its deadline: answers are no longer accepted.");

    /// <summary>Opens a rater's link.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>What the link leads to.</returns>
    public async Task<RaterAccess> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var rater = await FindAsync(token, cancellationToken);
        return rater is null ? new RaterAccess(LinkState.Unknown, null)
            : rater.Submission is not null ? new RaterAccess(LinkState.Submitted, null)
            : !rater.Campaign!.AcceptsAnswers(time.GetUtcNow()) ? new RaterAccess(LinkState.Closed, null)
            : new RaterAccess(LinkState.Open, BuildForm(rater, AnswerJson.ReadAnswers(rater.DraftAnswers), AnswerJson.ReadComments(rater.DraftComments)));
    }

    /// <summary>Saves answers without submitting them; they are merged into what was saved before.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="input">The answers.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The form with everything saved, or a problem.</returns>
    public async Task<Outcome<RaterForm>> SaveAsync(string token, RaterAnswers input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rater = await FindAsync(token, cancellationToken);
        var merged = Prepare(rater, input);
        if (!merged.IsSuccess)
        {
            return merged.Problem!;
        }

        var (answers, comments) = merged.Value;
        rater!.DraftAnswers = AnswerJson.Write(answers);
        rater.DraftComments = AnswerJson.Write(comments);
        rater.DraftSavedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BuildForm(rater, answers, comments);
    }

    /// <summary>Submits the answers (merged into what was saved): one transaction; a second submission stores nothing.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="input">The last answers.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The receipt, or a problem.</returns>
    public async Task<Outcome<SubmitReceipt>> SubmitAsync(string token, RaterAnswers input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rater = await FindAsync(token, cancellationToken);
        if (rater?.Submission is { } existing)
        {
            return new SubmitReceipt(true, AnswerJson.ReadAnswers(existing.Answers).Count);
        }

        var merged = Prepare(rater, input);
        if (!merged.IsSuccess)
        {
            return merged.Problem!;
        }

        var (answers, comments) = merged.Value;
        if (answers.Count == 0)
        {
            return Problem.Invalid("answers: nothing is answered yet; answer at least one statement before submitting.");
        }

        db.Submissions.Add(new Submission
        {
            Id = Guid.NewGuid(),
            RaterId = rater!.Id,
            CampaignId = rater.CampaignId,
            Role = rater.Role,
            SubmittedAt = time.GetUtcNow(),
            Answers = AnswerJson.Write(answers),
            Comments = AnswerJson.Write(comments),
        });
        rater.DraftAnswers = null;
        rater.DraftComments = null;
        rater.DraftSavedAt = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request for the same rater won the race: its submission is the one kept. The failed transaction
            // is rolled back first (PostgreSQL answers nothing more inside it).
            await transaction.RollbackAsync(CancellationToken.None);
            if (await AlreadySubmittedAsync(rater.Id))
            {
                return new SubmitReceipt(true, answers.Count);
            }

            throw;
        }

        return new SubmitReceipt(false, answers.Count);
    }

    private async Task<bool> AlreadySubmittedAsync(Guid raterId)
    {
        db.ChangeTracker.Clear();
        return await db.Submissions.AnyAsync(s => s.RaterId == raterId);
    }

    private async Task<Rater?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = LinkTokens.Hash(token);
        var rater = await db.Raters
            .Include(r => r.Campaign).ThenInclude(c => c!.Person)
            .Include(r => r.Submission)
            .FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        return rater is not null && LinkTokens.Matches(rater.TokenHash, token) ? rater : null;
    }

    // Refuses an unknown link, a submitted rater and a closed campaign; otherwise merges the input into the draft.
    private Outcome<(Dictionary<string, double> Answers, Dictionary<string, string> Comments)> Prepare(Rater? rater, RaterAnswers input)
    {
        if (rater is null)
        {
            return UnknownLink;
        }

        if (rater.Submission is not null)
        {
            return AlreadySubmitted;
        }

        if (!rater.Campaign!.AcceptsAnswers(time.GetUtcNow()))
        {
            return CampaignClosed;
        }

        var instrument = Instrument(rater.Campaign!);
        var answers = AnswerJson.ReadAnswers(rater.DraftAnswers);
        foreach (var (itemId, value) in input.Answers ?? new Dictionary<string, double?>())
        {
            if (!instrument.TryGetItem(itemId, out _))
            {
                return Problem.Invalid($"answers.{itemId}: the instrument has no such item.");
            }

            if (value is not { } v)
            {
                answers.Remove(itemId);
            }
            else if (!instrument.Scale.Contains(v))
            {
                return Problem.Invalid($"answers.{itemId}: {v} is not an answer on the scale from {instrument.Scale.Min} to {instrument.Scale.Max}.");
            }
            else
            {
                answers[itemId] = v;
            }
        }

        var comments = AnswerJson.ReadComments(rater.DraftComments);
        foreach (var (questionId, text) in input.Comments ?? new Dictionary<string, string?>())
        {
            if (!instrument.OpenQuestions.Any(q => q.Id == questionId))
            {
                return Problem.Invalid(instrument.OpenQuestions.Count == 0
                    ? $"comments.{questionId}: this questionnaire asks no open questions."
                    : $"comments.{questionId}: the form has no such question; use {string.Join(" or ", instrument.OpenQuestions.Select(q => q.Id))}.");
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                comments.Remove(questionId);
            }
            else if (text.Length > MaxCommentLength)
            {
                return Problem.Invalid($"comments.{questionId}: at most {MaxCommentLength} characters.");
            }
            else
            {
                comments[questionId] = text.Trim();
            }
        }

        return (answers, comments);
    }

    private Instrument Instrument(Campaign campaign)
        => catalog.Find(campaign.InstrumentId, campaign.InstrumentVersion)
            ?? throw new InvalidOperationException($"The campaign's instrument {campaign.InstrumentId} {campaign.InstrumentVersion} is no longer offered.");

    private RaterForm BuildForm(Rater rater, Dictionary<string, double> answers, Dictionary<string, string> comments)
    {
        var campaign = rater.Campaign!;
        var instrument = Instrument(campaign);
        var form = campaign.FormFor(rater.Role);
        var minimum = new MissingDataOptions().MinimumAnsweredShare;
        var below = instrument.Scales.Count(scale =>
            scale.ItemIndexes.Count(i => answers.ContainsKey(instrument.Items[i].Id)) < minimum * scale.ItemIndexes.Count);
        return new RaterForm
        {
            CampaignTitle = campaign.Title,
            PersonName = campaign.Person!.Name,
            Role = RaterRoles.ToId(rater.Role),
            Form = form,
            Instruction = InstrumentCatalog.Instruction(instrument, form, campaign.Person.Name),
            Confidentiality = Confidentiality,
            Deadline = campaign.Deadline,
            Items = instrument.Items.Select(i => new FormItem(i.Id, instrument.GetItemText(i.Id, form), Choices(instrument, i), answers.TryGetValue(i.Id, out var a) ? a : null)).ToList(),
            Questions = instrument.OpenQuestions.Select(q => new FormQuestion(q.Id, q.GetText(form).Default, comments.GetValueOrDefault(q.Id))).ToList(),
            ScalesBelowMinimum = below,
            Scales = instrument.Scales.Count,
        };
    }

    // An item's answer labels (frequency or agreement), and the bare number where the instrument labels no value.
    private static List<ScaleChoice> Choices(Instrument instrument, Item item)
    {
        var labels = instrument.GetAnswerLabels(item);
        var choices = new List<ScaleChoice>();
        for (var v = instrument.Scale.Min; v <= instrument.Scale.Max; v++)
        {
            var label = labels.FirstOrDefault(l => l.Value == v)?.Text.Default;
            choices.Add(new ScaleChoice(v, label ?? v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return choices;
    }
}
