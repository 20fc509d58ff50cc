using System.Globalization;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LeadershipModel.Campaigns.Pages.Rate;

/// <summary>
/// A rater's questionnaire behind their link: a page of statements at a time with a progress indicator, save and
/// resume, the open questions on the last page, and a single submission.
/// </summary>
/// <param name="raters">The rater's operations.</param>
[EnableRateLimiting(CampaignsHosting.LinkPolicy)]
public sealed class RateModel(RaterService raters) : PageModel
{
    /// <summary>The number of statements on a page.</summary>
    public const int PageSize = 12;

    /// <summary>Gets or sets the token from the link.</summary>
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    /// <summary>Gets or sets the page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Gets what the link leads to.</summary>
    public LinkState State { get; private set; }

    /// <summary>Gets the form.</summary>
    public RaterForm? Form { get; private set; }

    /// <summary>Gets whether the answers were just saved.</summary>
    public bool Saved { get; private set; }

    /// <summary>Gets the last error.</summary>
    public string? Error { get; private set; }

    /// <summary>Gets the number of pages.</summary>
    public int PageCount => Form is null ? 1 : Math.Max(1, (Form.Items.Count + PageSize - 1) / PageSize);

    /// <summary>Gets whether this is the last page.</summary>
    public bool IsLastPage => PageNumber >= PageCount;

    /// <summary>Gets the statements on this page.</summary>
    public IEnumerable<FormItem> PageItems => Form!.Items.Skip((PageNumber - 1) * PageSize).Take(PageSize);

    /// <summary>Shows the form, or what the link leads to.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        var access = await raters.OpenAsync(Token, HttpContext.RequestAborted);
        Show(access.State, access.Form);
    }

    /// <summary>Saves this page's answers, then moves, saves or submits.</summary>
    /// <param name="action">back, next, save or submit.</param>
    /// <returns>The next page, or the thanks.</returns>
    public async Task<IActionResult> OnPostAsync(string? action)
    {
        var input = new RaterAnswers
        {
            Answers = Request.Form.Where(f => f.Key.StartsWith("a:", StringComparison.Ordinal))
                .ToDictionary(f => f.Key[2..], f => double.TryParse(f.Value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null),
            Comments = Request.Form.Where(f => f.Key.StartsWith("c:", StringComparison.Ordinal))
                .ToDictionary(f => f.Key[2..], f => (string?)f.Value.ToString()),
        };
        if (action == "submit")
        {
            var submitted = await raters.SubmitAsync(Token, input, HttpContext.RequestAborted);
            if (submitted.IsSuccess)
            {
                return Redirect($"/r/{Token}");
            }

            return await ProblemAsync(submitted.Problem!);
        }

        var saved = await raters.SaveAsync(Token, input, HttpContext.RequestAborted);
        if (!saved.IsSuccess)
        {
            return await ProblemAsync(saved.Problem!);
        }

        var next = action switch { "back" => PageNumber - 1, "next" => PageNumber + 1, _ => PageNumber };
        if (action == "save")
        {
            Saved = true;
            Show(LinkState.Open, saved.Value);
            return Page();
        }

        return Redirect($"/r/{Token}?p={Math.Max(1, next)}");
    }

    private async Task<IActionResult> ProblemAsync(Problem problem)
    {
        var access = await raters.OpenAsync(Token, HttpContext.RequestAborted);
        Show(access.State, access.Form);
        if (access.State == LinkState.Open)
        {
            Error = problem.Detail;
            Response.StatusCode = problem.Status;
        }

        return Page();
    }

    private void Show(LinkState state, RaterForm? form)
    {
        State = state;
        Form = form;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Response.StatusCode = state switch
        {
            LinkState.Unknown => StatusCodes.Status404NotFound,
            LinkState.Closed => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
    }
}
