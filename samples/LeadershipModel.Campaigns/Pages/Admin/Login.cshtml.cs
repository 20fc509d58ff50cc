using LeadershipModel.Campaigns.Api;
using LeadershipModel.Campaigns.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LeadershipModel.Campaigns.Pages.Admin;

/// <summary>The admin's sign-in page.</summary>
/// <param name="accounts">Checks the password.</param>
[EnableRateLimiting(CampaignsHosting.SignInPolicy)]
public sealed class LoginModel(AdminAccounts accounts) : PageModel
{
    /// <summary>Gets or sets the user name.</summary>
    [BindProperty]
    public string? UserName { get; set; } = "admin";

    /// <summary>Gets or sets the password.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Gets or sets where to go after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Gets whether the last attempt failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>Signs in.</summary>
    /// <returns>A redirect, or the page with an error.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await accounts.VerifyAsync(UserName, Password, HttpContext.RequestAborted))
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await CampaignApi.SignInCookieAsync(HttpContext, UserName!);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
    }
}
