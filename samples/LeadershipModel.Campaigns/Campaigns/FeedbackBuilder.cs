using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Hosting;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Reporting.Pdf;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Campaigns;

/// <summary>
/// Builds a person's feedback from a campaign's submissions with the library: the submissions become response sets
/// (answers and comments), <see cref="FeedbackDocumentBuilder"/> scores them and forms the published groups under
/// the campaign's anonymity threshold (items, comments and withheld groups under the same rule), and Reporting
/// renders the person's report as HTML (<see cref="FeedbackReportWriter"/>) and PDF (<see cref="PdfReport"/>). Only
/// what the library publishes reaches the person; raters are scored under ids that name nobody.
/// </summary>
/// <remarks>This is the one place that turns responses into feedback. Scoped; not thread-safe.</remarks>
/// <param name="db">The store.</param>
/// <param name="catalog">The instruments.</param>
/// <param name="engine">The scoring engine.</param>
public sealed class FeedbackBuilder(CampaignsDbContext db, InstrumentCatalog catalog, [FromKeyedServices(CampaignsHosting.FeedbackEngineKey)] ScoringEngine engine)
{
    /// <summary>Opens the person's feedback link: the feedback when the campaign is released, else nothing.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The feedback, or <see langword="null"/> for an unknown link or an unreleased campaign.</returns>
    public async Task<PersonFeedback?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = LinkTokens.Hash(token);
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Person)
            .FirstOrDefaultAsync(c => c.FeedbackTokenHash == hash, cancellationToken);
        return campaign is { Status: CampaignStatus.Released } && LinkTokens.Matches(campaign.FeedbackTokenHash, token)
            ? await BuildAsync(campaign, cancellationToken)
            : null;
    }

    /// <summary>Builds the feedback of a campaign.</summary>
    /// <param name="campaign">The campaign, with its person.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The feedback.</returns>
    public async Task<PersonFeedback> BuildAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var instrument = catalog.Find(campaign.InstrumentId, campaign.InstrumentVersion)!;
        var person = campaign.Person!.Name;

        // Ordered by the submission's random id: neither the order of answering nor the admin's labels show through.
        var submissions = (await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id).ToListAsync(cancellationToken))
            .OrderBy(s => s.Id).ToList();
        var sets = submissions.Select((s, i) => ToResponseSet(instrument, s, s.Role == RaterRole.Self ? person : $"rater-{i + 1}", person)).ToList();
        var options = new FeedbackOptions { AnonymityThreshold = campaign.AnonymityThreshold };
        var document = FeedbackDocumentBuilder.Build(engine, instrument, sets, options).Document;
        return PersonFeedback.Create(campaign.Title, document, document.Targets.Count > 0 ? document.Targets[0] : null, instrument.Dimensions, person);
    }

    /// <summary>Renders the person's report as PDF with Reporting's PDF layout.</summary>
    /// <param name="feedback">The feedback.</param>
    /// <returns>The PDF bytes.</returns>
    public static byte[] RenderPdf(PersonFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        using var stream = new MemoryStream();
        if (feedback.Target is { } target)
        {
            PdfReport.WriteFeedback(stream, feedback.Document, target, feedback.Dimensions);
        }
        else
        {
            new PdfDocumentBuilder($"360 feedback for {feedback.PersonName}")
                .TitlePage($"360 feedback for {feedback.PersonName}", [PersonFeedback.NoAnswers])
                .WriteTo(stream);
        }

        return stream.ToArray();
    }

    // A submission as the library's response set: its answers and the comments on the instrument's open questions.
    private static ResponseSet ToResponseSet(Instrument instrument, Submission submission, string respondent, string person)
    {
        var answers = AnswerJson.ReadAnswers(submission.Answers).Select(a => new KeyValuePair<string, double?>(a.Key, a.Value));
        var comments = AnswerJson.ReadComments(submission.Comments)
            .Where(c => !string.IsNullOrWhiteSpace(c.Value) && instrument.OpenQuestions.Any(q => q.Id == c.Key))
            .OrderBy(c => c.Key, StringComparer.Ordinal);
        return ResponseSet.Create(instrument.Id, instrument.Version, respondent, answers, submission.Role, person) with
        {
            Comments = comments.ToEquatableArray(),
        };
    }
}
