using LeadershipModel.Campaigns.Api;
using LeadershipModel.Campaigns.Hosting;
using LeadershipModel.Campaigns.ScoringApi.Hosting;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Localhost only, unless ASPNETCORE_URLS, --urls or Kestrel:Endpoints says otherwise.
if (!LocalhostBinding.IsConfigured(builder.Configuration))
{
    builder.WebHost.UseUrls(LocalhostBinding.DefaultUrl);
}

builder.AddCampaigns();
builder.AddScoringApi();

var app = builder.Build();
await app.InitializeDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseScalarScriptHashes();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapCampaignApi();
app.MapScoringApi();
app.MapScalarApiReference(scalar => scalar.WithTitle("LeadershipModel campaigns and scoring API").DisableDefaultFonts());

await app.RunAsync();

/// <summary>The app's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
