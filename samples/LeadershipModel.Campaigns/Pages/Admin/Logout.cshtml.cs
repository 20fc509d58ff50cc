using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipModel.Campaigns.Pages.Admin;

/// <summary>Signs the admin out (POST only, with antiforgery).</summary>
public sealed class LogoutModel : PageModel
{
    /// <summary>Nothing to show: back to the start.</summary>
    /// <returns>A redirect.</returns>
    public IActionResult OnGet() => LocalRedirect("/admin");

    /// <summary>Signs out.</summary>
    /// <returns>A redirect.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
