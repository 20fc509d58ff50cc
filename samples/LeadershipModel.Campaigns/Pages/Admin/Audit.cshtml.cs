using LeadershipModel.Campaigns.Campaigns;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipModel.Campaigns.Pages.Admin;

/// <summary>The audit log.</summary>
/// <param name="campaigns">The admin's operations.</param>
public sealed class AuditModel(CampaignService campaigns) : PageModel
{
    /// <summary>Gets the entries.</summary>
    public IReadOnlyList<AuditLine> Entries { get; private set; } = [];

    /// <summary>Shows the log.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync() => Entries = await campaigns.AuditAsync(HttpContext.RequestAborted);
}
