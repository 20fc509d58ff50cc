using System.Security.Claims;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeadershipModel.Campaigns.Api;

/// <summary>
/// The JSON API: the same operations as the pages, with problem details for every error. Admin endpoints need the
/// sign-in cookie (SameSite=Strict, and JSON bodies only, so another site cannot post to them); rater and person
/// endpoints take the link's token and are rate limited.
/// </summary>
public static class CampaignApi
{
    /// <summary>Maps the API under <c>/api</c>.</summary>
    /// <param name="app">The routes.</param>
    /// <returns>The routes.</returns>
    public static IEndpointRouteBuilder MapCampaignApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api");

        api.MapPost("/session", SignInAsync).RequireRateLimiting(CampaignsHosting.SignInPolicy).WithTags("Admin session").WithSummary("Signs the admin in (sets the cookie).");
        api.MapDelete("/session", (Delegate)SignOutAsync).WithTags("Admin session").WithSummary("Signs the admin out.");

        var admin = api.MapGroup(string.Empty).RequireAuthorization().WithTags("Admin");
        admin.MapGet("/people", (CampaignService s, CancellationToken ct) => s.PeopleAsync(ct)).WithSummary("Lists the people.");
        admin.MapPost("/people", AddPersonAsync).WithSummary("Adds a person.");
        admin.MapDelete("/people/{id:guid}", DeletePersonAsync).WithSummary("Deletes a person with their campaigns, raters and responses.");
        admin.MapGet("/campaigns", (CampaignService s, CancellationToken ct) => s.CampaignsAsync(ct)).WithSummary("Lists the campaigns.");
        admin.MapPost("/campaigns", CreateCampaignAsync).WithSummary("Creates a campaign.");
        admin.MapGet("/campaigns/{id:guid}", GetCampaignAsync).WithSummary("Gets a campaign with completion per group (counts only).");
        admin.MapDelete("/campaigns/{id:guid}", DeleteCampaignAsync).WithSummary("Deletes a campaign with its raters and responses.");
        admin.MapPost("/campaigns/{id:guid}/raters", AddRaterAsync).WithSummary("Invites a rater; the link is in this answer only.");
        admin.MapPost("/campaigns/{id:guid}/raters/{raterId:guid}/reminder", RemindAsync).WithSummary("Issues a fresh link; the old one stops working, saved answers stay.");
        admin.MapPost("/campaigns/{id:guid}/close", CloseAsync).WithSummary("Closes the campaign.");
        admin.MapPost("/campaigns/{id:guid}/release", ReleaseAsync).WithSummary("Releases the feedback; the person's link is in this answer only.");
        admin.MapGet("/campaigns/{id:guid}/export", ExportAsync).WithSummary("Exports the raw answers as CSV: each rater's answers, not for the person.");
        admin.MapGet("/audit", (CampaignService s, CancellationToken ct) => s.AuditAsync(ct)).WithSummary("Reads the audit log of releases, exports and deletions.");

        var links = api.MapGroup(string.Empty).RequireRateLimiting(CampaignsHosting.LinkPolicy);
        links.MapGet("/rate/{token}", OpenFormAsync).WithTags("Rater").WithSummary("Opens a rater's form with the saved answers.");
        links.MapPut("/rate/{token}/draft", SaveAsync).WithTags("Rater").WithSummary("Saves answers without submitting.");
        links.MapPost("/rate/{token}/submission", SubmitAsync).WithTags("Rater").WithSummary("Submits; a second submission stores nothing new.");
        links.MapGet("/feedback/{token}", FeedbackAsync).WithTags("Person").WithSummary("The person's released feedback: groups only, no rater identity.");
        links.MapGet("/feedback/{token}/pdf", FeedbackPdfAsync).WithTags("Person").WithSummary("The person's released feedback as PDF.");
        app.MapGet("/f/{token}/feedback.pdf", FeedbackPdfAsync).RequireRateLimiting(CampaignsHosting.LinkPolicy).ExcludeFromDescription();
        return app;
    }

    /// <summary>The admin's sign-in.</summary>
    /// <param name="UserName">The user name.</param>
    /// <param name="Password">The password.</param>
    public sealed record SignIn(string UserName, string Password);

    /// <summary>Signs a principal in with the cookie.</summary>
    /// <param name="context">The request.</param>
    /// <param name="userName">The admin.</param>
    /// <returns>A task.</returns>
    public static Task SignInCookieAsync(HttpContext context, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, userName)], CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Gets the admin's name for the audit log.</summary>
    /// <param name="user">The signed-in user.</param>
    /// <returns>The name.</returns>
    public static string AdminName(ClaimsPrincipal user) => user?.Identity?.Name ?? "unknown";

    /// <summary>Turns a problem into problem details.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult ToResult(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return TypedResults.Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignInAsync(SignIn body, AdminAccounts accounts, HttpContext context, CancellationToken ct)
    {
        if (!await accounts.VerifyAsync(body.UserName, body.Password, ct))
        {
            return TypedResults.Problem("The user name or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        await SignInCookieAsync(context, body.UserName);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<PersonEntry>, ProblemHttpResult>> AddPersonAsync(NewPerson body, CampaignService s, CancellationToken ct)
    {
        var outcome = await s.AddPersonAsync(body.Name, ct);
        return outcome.IsSuccess ? TypedResults.Created($"/api/people/{outcome.Value!.Id}", outcome.Value) : ToResult(outcome.Problem!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeletePersonAsync(Guid id, CampaignService s, ClaimsPrincipal user, CancellationToken ct)
        => await s.DeletePersonAsync(id, AdminName(user), ct) ? TypedResults.NoContent() : ToResult(Problem.NotFound("person"));

    private static async Task<Results<Created<CampaignDetails>, ProblemHttpResult>> CreateCampaignAsync(NewCampaign body, CampaignService s, CancellationToken ct)
    {
        var outcome = await s.CreateAsync(body, ct);
        return outcome.IsSuccess ? TypedResults.Created($"/api/campaigns/{outcome.Value!.Id}", outcome.Value) : ToResult(outcome.Problem!);
    }

    private static async Task<Results<Ok<CampaignDetails>, ProblemHttpResult>> GetCampaignAsync(Guid id, CampaignService s, CancellationToken ct)
        => await s.DetailsAsync(id, ct) is { } details ? TypedResults.Ok(details) : ToResult(Problem.NotFound("campaign"));

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteCampaignAsync(Guid id, CampaignService s, ClaimsPrincipal user, CancellationToken ct)
        => await s.DeleteCampaignAsync(id, AdminName(user), ct) ? TypedResults.NoContent() : ToResult(Problem.NotFound("campaign"));

    private static async Task<Results<Ok<LinkAnswer>, ProblemHttpResult>> AddRaterAsync(Guid id, NewRater body, CampaignService s, HttpRequest request, CancellationToken ct)
        => Link(await s.AddRaterAsync(id, body, ct), request);

    private static async Task<Results<Ok<LinkAnswer>, ProblemHttpResult>> RemindAsync(Guid id, Guid raterId, CampaignService s, HttpRequest request, CancellationToken ct)
        => Link(await s.RemindAsync(id, raterId, ct), request);

    private static async Task<Results<Ok<CampaignDetails>, ProblemHttpResult>> CloseAsync(Guid id, CampaignService s, CancellationToken ct)
    {
        var outcome = await s.CloseAsync(id, ct);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : ToResult(outcome.Problem!);
    }

    private static async Task<Results<Ok<LinkAnswer>, ProblemHttpResult>> ReleaseAsync(Guid id, CampaignService s, ClaimsPrincipal user, HttpRequest request, CancellationToken ct)
        => Link(await s.ReleaseAsync(id, AdminName(user), ct), request);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid id, CampaignService s, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await s.ExportAsync(id, AdminName(user), ct);
        return outcome.IsSuccess
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(outcome.Value.Csv), "text/csv; charset=utf-8", outcome.Value.FileName)
            : ToResult(outcome.Problem!);
    }

    private static async Task<Results<Ok<RaterForm>, ProblemHttpResult>> OpenFormAsync(string token, RaterService s, CancellationToken ct)
    {
        var access = await s.OpenAsync(token, ct);
        return access.State switch
        {
            LinkState.Open => TypedResults.Ok(access.Form!),
            LinkState.Submitted => ToResult(RaterService.AlreadySubmitted),
            LinkState.Closed => ToResult(RaterService.CampaignClosed),
            _ => ToResult(RaterService.UnknownLink),
        };
    }

    private static async Task<Results<Ok<RaterForm>, ProblemHttpResult>> SaveAsync(string token, RaterAnswers body, RaterService s, CancellationToken ct)
    {
        var outcome = await s.SaveAsync(token, body, ct);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : ToResult(outcome.Problem!);
    }

    private static async Task<Results<Ok<SubmitReceipt>, ProblemHttpResult>> SubmitAsync(string token, RaterAnswers body, RaterService s, CancellationToken ct)
    {
        var outcome = await s.SubmitAsync(token, body, ct);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : ToResult(outcome.Problem!);
    }

    private static async Task<Results<Ok<PersonFeedback>, ProblemHttpResult>> FeedbackAsync(string token, FeedbackBuilder feedback, CancellationToken ct)
        => await feedback.OpenAsync(token, ct) is { } f ? TypedResults.Ok(f) : ToResult(NoFeedback);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FeedbackPdfAsync(string token, FeedbackBuilder feedback, CancellationToken ct)
        => await feedback.OpenAsync(token, ct) is { } f
            ? TypedResults.File(FeedbackBuilder.RenderPdf(f), "application/pdf", "feedback.pdf")
            : ToResult(NoFeedback);

    /// <summary>Gets the problem of a feedback link that leads nowhere (unknown, or not released).</summary>
    public static Problem NoFeedback { get; } = new(StatusCodes.Status404NotFound, "No feedback here", "There is no released feedback at this link: it may be mistyped, replaced by a newer link, or not released yet.");

    private static Results<Ok<LinkAnswer>, ProblemHttpResult> Link(Outcome<IssuedLink> outcome, HttpRequest request)
        => outcome.IsSuccess
            ? TypedResults.Ok(new LinkAnswer(outcome.Value!.Id, $"{request.Scheme}://{request.Host}{outcome.Value.Path}", outcome.Value.Token))
            : ToResult(outcome.Problem!);

    /// <summary>A link, shown once.</summary>
    /// <param name="Id">The rater's or campaign's id.</param>
    /// <param name="Link">The full link.</param>
    /// <param name="Token">The token in it.</param>
    public sealed record LinkAnswer(Guid Id, string Link, string Token);
}
