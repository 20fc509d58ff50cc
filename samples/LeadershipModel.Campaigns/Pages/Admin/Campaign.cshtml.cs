using System.Text;
using LeadershipModel.Campaigns.Api;
using LeadershipModel.Campaigns.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipModel.Campaigns.Pages.Admin;

/// <summary>One campaign: completion counts, raters and their links, close, release, export and delete.</summary>
/// <param name="campaigns">The admin's operations.</param>
public sealed class CampaignModel(CampaignService campaigns) : PageModel
{
    /// <summary>Gets or sets the campaign's id.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Gets the campaign.</summary>
    public CampaignDetails? Campaign { get; private set; }

    /// <summary>Gets a link issued by this request, shown once.</summary>
    public string? Issued { get; private set; }

    /// <summary>Gets what the issued link is.</summary>
    public string? IssuedWhat { get; private set; }

    /// <summary>Gets the last error.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the campaign.</summary>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    /// <summary>Invites a rater.</summary>
    /// <param name="role">The role.</param>
    /// <param name="label">The label.</param>
    /// <returns>The page with the new link.</returns>
    public async Task<IActionResult> OnPostAddRaterAsync(string? role, string? label)
        => await LinkAsync(await campaigns.AddRaterAsync(Id, new NewRater(role ?? string.Empty, label ?? string.Empty), HttpContext.RequestAborted), $"The link for {label} ({role}):");

    /// <summary>Issues a fresh link to a rater; the old one stops working.</summary>
    /// <param name="raterId">The rater.</param>
    /// <returns>The page with the new link.</returns>
    public async Task<IActionResult> OnPostRemindAsync(Guid raterId)
        => await LinkAsync(await campaigns.RemindAsync(Id, raterId, HttpContext.RequestAborted), "The new link (the previous one no longer works; saved answers stay):");

    /// <summary>Closes the campaign.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostCloseAsync()
    {
        var outcome = await campaigns.CloseAsync(Id, HttpContext.RequestAborted);
        return outcome.IsSuccess ? RedirectToPage() : await ShowAsync(outcome.Problem);
    }

    /// <summary>Releases the feedback.</summary>
    /// <returns>The page with the person's link.</returns>
    public async Task<IActionResult> OnPostReleaseAsync()
        => await LinkAsync(await campaigns.ReleaseAsync(Id, CampaignApi.AdminName(User), HttpContext.RequestAborted), "The person's feedback link:");

    /// <summary>Exports the raw answers.</summary>
    /// <returns>The CSV file.</returns>
    public async Task<IActionResult> OnPostExportAsync()
    {
        var outcome = await campaigns.ExportAsync(Id, CampaignApi.AdminName(User), HttpContext.RequestAborted);
        return outcome.IsSuccess
            ? File(Encoding.UTF8.GetBytes(outcome.Value.Csv), "text/csv; charset=utf-8", outcome.Value.FileName)
            : await ShowAsync(outcome.Problem);
    }

    /// <summary>Deletes the campaign.</summary>
    /// <returns>A redirect to the list.</returns>
    public async Task<IActionResult> OnPostDeleteAsync()
    {
        await campaigns.DeleteCampaignAsync(Id, CampaignApi.AdminName(User), HttpContext.RequestAborted);
        return Redirect("/admin");
    }

    private async Task<IActionResult> LinkAsync(Outcome<IssuedLink> outcome, string what)
    {
        if (!outcome.IsSuccess)
        {
            return await ShowAsync(outcome.Problem);
        }

        Issued = $"{Request.Scheme}://{Request.Host}{outcome.Value!.Path}";
        IssuedWhat = what;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync(Problem? problem = null)
    {
        Campaign = await campaigns.DetailsAsync(Id, HttpContext.RequestAborted);
        if (Campaign is null)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            Error = problem.Detail;
            Response.StatusCode = problem.Status;
        }

        return Page();
    }
}
