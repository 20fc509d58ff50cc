using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using LeadershipModel.WebApi.Development;
using LeadershipModel.WebApi.Endpoints;
using LeadershipModel.WebApi.Hosting;
using LeadershipModel.WebApi.OpenApi;

var builder = WebApplication.CreateBuilder(args);

// Localhost only, unless ASPNETCORE_URLS, --urls or Kestrel:Endpoints says otherwise.
if (!LocalhostBinding.IsConfigured(builder.Configuration))
{
    builder.WebHost.UseUrls(LocalhostBinding.DefaultUrl);
}

builder.Services.AddOptions<ScoringApiOptions>()
    .BindConfiguration(ScoringApiOptions.SectionName)
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddOptions<DevelopmentSuggestionOptions>()
    .BindConfiguration(DevelopmentSuggestionOptions.SectionName)
    .ValidateDataAnnotations()
    .ValidateOnStart();

// Kestrel's own ceiling is the largest endpoint limit; each endpoint lowers it for its request.
var limits = builder.Configuration.GetSection(ScoringApiOptions.SectionName).Get<ScoringApiOptions>() ?? new ScoringApiOptions();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(limits.MaxProfileBodyBytes, limits.MaxBatchBodyBytes));

// The host's data: the company norm table and its own instrument, read with the package's readers.
#region engine
builder.Services.AddSingleton(HostData.Create);

// The engine: canonical instruments, the host's instrument, the company norms and the host's enricher.
builder.Services.AddLeadershipModel((engine, context) =>
    {
        var data = context.ServiceProvider.GetRequiredService<HostData>();
        foreach (var instrument in CanonicalInstruments.All.Concat(data.Instruments))
        {
            engine.AddInstrument(instrument);
        }

        engine.UseNorms(data.Norms);
    })
    .AddEnricher<DevelopmentSuggestionEnricher>();
#endregion

builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddCheck<ScoringEngineHealthCheck>("scoring-engine");

var app = builder.Build();

// Build the engine now, so that a missing or invalid data file stops startup with every problem logged.
_ = app.Services.GetRequiredService<ScoringEngine>();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapProfileEndpoints();
app.MapInstrumentEndpoints();
app.MapHealthChecks("/health");
app.MapGet("/openapi/v1.json", () => Results.Text(ScoringApiDocument.Json31, "application/json")).ExcludeFromDescription();

app.Run();

/// <summary>The web API's entry point; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
