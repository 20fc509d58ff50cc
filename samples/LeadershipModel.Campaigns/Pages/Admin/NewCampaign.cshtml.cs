using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeadershipModel.Campaigns.Pages.Admin;

/// <summary>Creates a campaign.</summary>
/// <param name="campaigns">The admin's operations.</param>
/// <param name="catalog">The instruments.</param>
/// <param name="time">The clock, for the default deadline.</param>
public sealed class NewCampaignModel(CampaignService campaigns, InstrumentCatalog catalog, TimeProvider time) : PageModel
{
    /// <summary>Gets the role ids, in order.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["self", "manager", "peer", "direct-report", "other"];

    /// <summary>Gets or sets the person.</summary>
    [BindProperty]
    public Guid PersonId { get; set; }

    /// <summary>Gets or sets the title.</summary>
    [BindProperty]
    public string? Title { get; set; }

    /// <summary>Gets or sets the instrument, as "id version".</summary>
    [BindProperty]
    public string? Instrument { get; set; }

    /// <summary>Gets or sets the anonymity threshold.</summary>
    [BindProperty]
    public int AnonymityThreshold { get; set; } = 3;

    /// <summary>Gets or sets the deadline, in UTC.</summary>
    [BindProperty]
    public DateTime Deadline { get; set; }

    /// <summary>Gets the people.</summary>
    public IReadOnlyList<PersonEntry> People { get; private set; } = [];

    /// <summary>Gets the instruments.</summary>
    public IReadOnlyList<Instrument> Instruments => catalog.Instruments;

    /// <summary>Gets the last error.</summary>
    public string? Error { get; private set; }

    /// <summary>Gets the default form of a role.</summary>
    /// <param name="role">The role id.</param>
    /// <returns>The form.</returns>
    public string DefaultForm(string role) => role == "self" ? Forms.Self : Forms.Observer;

    /// <summary>Shows the form.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        Deadline = time.GetUtcNow().UtcDateTime.Date.AddDays(15);
        Instrument = $"{CanonicalInstruments.ShortId} {CanonicalInstruments.Version}";
        People = await campaigns.PeopleAsync(HttpContext.RequestAborted);
    }

    /// <summary>Creates the campaign.</summary>
    /// <returns>A redirect to it, or the form with the problem.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        var parts = (Instrument ?? string.Empty).Split(' ', 2);
        var forms = Roles.ToDictionary(r => r, r => Request.Form["Form_" + r].ToString() is { Length: > 0 } f ? f : DefaultForm(r));
        var outcome = await campaigns.CreateAsync(
            new NewCampaign
            {
                PersonId = PersonId,
                Title = Title ?? string.Empty,
                InstrumentId = parts[0],
                InstrumentVersion = parts.Length > 1 ? parts[1] : null,
                AnonymityThreshold = AnonymityThreshold,
                Deadline = new DateTimeOffset(DateTime.SpecifyKind(Deadline, DateTimeKind.Utc)),
                Forms = forms,
            },
            HttpContext.RequestAborted);
        if (outcome.IsSuccess)
        {
            return Redirect($"/admin/campaigns/{outcome.Value!.Id}");
        }

        Error = outcome.Problem!.Detail;
        Response.StatusCode = outcome.Problem.Status;
        People = await campaigns.PeopleAsync(HttpContext.RequestAborted);
        return Page();
    }
}
