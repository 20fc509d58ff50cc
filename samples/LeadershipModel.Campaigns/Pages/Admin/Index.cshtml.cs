using LeadershipModel.Campaigns.Api;
using LeadershipModel.Campaigns.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipModel.Campaigns.Pages.Admin;

/// <summary>The admin's start page: campaigns and people.</summary>
/// <param name="campaigns">The admin's operations.</param>
public sealed class IndexModel(CampaignService campaigns) : PageModel
{
    /// <summary>Gets the campaigns.</summary>
    public IReadOnlyList<CampaignSummary> Campaigns { get; private set; } = [];

    /// <summary>Gets the people.</summary>
    public IReadOnlyList<PersonEntry> People { get; private set; } = [];

    /// <summary>Gets the last error.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the lists.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Adds a person.</summary>
    /// <param name="name">The name.</param>
    /// <returns>A redirect, or the page with the problem.</returns>
    public async Task<IActionResult> OnPostAddPersonAsync(string? name)
    {
        var outcome = await campaigns.AddPersonAsync(name, HttpContext.RequestAborted);
        if (!outcome.IsSuccess)
        {
            Error = outcome.Problem!.Detail;
            Response.StatusCode = outcome.Problem.Status;
            await LoadAsync();
            return Page();
        }

        return RedirectToPage();
    }

    /// <summary>Deletes a person with their campaigns and responses.</summary>
    /// <param name="id">The person.</param>
    /// <returns>A redirect.</returns>
    public async Task<IActionResult> OnPostDeletePersonAsync(Guid id)
    {
        await campaigns.DeletePersonAsync(id, CampaignApi.AdminName(User), HttpContext.RequestAborted);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Campaigns = await campaigns.CampaignsAsync(HttpContext.RequestAborted);
        People = await campaigns.PeopleAsync(HttpContext.RequestAborted);
    }
}
