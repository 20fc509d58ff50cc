using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LeadershipModel.Campaigns.Pages.Feedback;

/// <summary>The person's feedback behind their link, once released: groups only, no rater named.</summary>
/// <param name="builder">Builds the feedback.</param>
[EnableRateLimiting(CampaignsHosting.LinkPolicy)]
public sealed class FeedbackModel(FeedbackBuilder builder) : PageModel
{
    /// <summary>Gets or sets the token from the link.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    /// <summary>Gets the feedback, or <see langword="null"/>.</summary>
    public PersonFeedback? Feedback { get; private set; }

    /// <summary>Shows the feedback.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        Feedback = await builder.OpenAsync(Token, HttpContext.RequestAborted);
        if (Feedback is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
