using System.Globalization;
using System.Threading.RateLimiting;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Campaigns.Hosting;

/// <summary>The app's registrations and startup work, in one place.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CampaignsHosting
{
    /// <summary>The rate-limiter policy of the link endpoints (<c>/r/…</c>, <c>/f/…</c> and their API).</summary>
    public const string LinkPolicy = "links";

    /// <summary>The service key of the engine that scores campaign answers for feedback (canonical instruments only, no host plug-ins).</summary>
    public const string FeedbackEngineKey = "campaign-feedback";

    /// <summary>The rate-limiter policy of sign-in.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Registers the store, the services, authentication, the rate limiter and the pages.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CampaignsOptions>().BindConfiguration(CampaignsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(CampaignsOptions.SectionName).Get<CampaignsOptions>() ?? new CampaignsOptions();
        var dataFolder = options.DataFolderPath(builder.Environment);
        Directory.CreateDirectory(dataFolder);

        AddStore(services, options.Database, builder.Configuration.GetConnectionString(CampaignsOptions.ConnectionStringName), dataFolder);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new InstrumentCatalog(CanonicalInstruments.All));
        // The feedback's own engine, without the scoring API's company norms and enricher.
        services.AddKeyedSingleton(FeedbackEngineKey, (sp, _) =>
        {
            var engine = ScoringEngine.CreateBuilder();
            foreach (var instrument in sp.GetRequiredService<InstrumentCatalog>().Instruments)
            {
                engine.AddInstrument(instrument);
            }

            return engine.Build();
        });
        services.AddScoped<CampaignService>();
        services.AddScoped<RaterService>();
        services.AddScoped<FeedbackBuilder>();
        services.AddScoped<AdminAccounts>();

        // Keys in the data folder: sign-in cookies and antiforgery tokens survive a restart (and can be shared by instances).
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys"))).SetApplicationName("LeadershipModel.Campaigns");

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/admin/login";
            cookie.LogoutPath = "/admin/logout";
            cookie.Cookie.Name = "campaigns-admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "campaigns-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(LinkPolicy, context => PerClient(context, context.RequestServices.GetRequiredService<IOptions<CampaignsOptions>>().Value.LinkRequestsPerMinute));
            limiter.AddPolicy(SignInPolicy, context => PerClient(context, context.RequestServices.GetRequiredService<IOptions<CampaignsOptions>>().Value.SignInAttemptsPerMinute));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Too many requests from this address; wait a minute and try again." },
                });
            };
        });

        services.AddProblemDetails();

        // A body that does not bind is the client's mistake: 400 with problem details in every environment, never 500.
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
        services.AddOpenApi();
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin");
            pages.Conventions.AllowAnonymousToPage("/Admin/Login");
        });
        services.AddRouting(routing => routing.LowercaseUrls = true);
        return builder;
    }

    /// <summary>Applies the migrations (creating the database on first start) and creates the admin account.</summary>
    /// <param name="app">The app.</param>
    /// <returns>A task.</returns>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        await db.Database.MigrateAsync();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<CampaignsOptions>>().Value;
        await scope.ServiceProvider.GetRequiredService<AdminAccounts>().EnsureAsync(options, Console.Out, CancellationToken.None);
    }

    // One context per provider, each with its own migrations; the services ask for the common base.
    private static void AddStore(IServiceCollection services, DatabaseProvider provider, string? connectionString, string dataFolder)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Campaigns:Database is Postgres, but ConnectionStrings:Campaigns is empty: give the server's connection string, "
                        + "for example --ConnectionStrings:Campaigns=\"Host=127.0.0.1;Database=campaigns;Username=campaigns;Password=…\".");
                }

                services.AddDbContext<PostgresCampaignsDbContext>(db => db.UseNpgsql(connectionString));
                services.AddScoped<CampaignsDbContext>(sp => sp.GetRequiredService<PostgresCampaignsDbContext>());
                break;
            default:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    connectionString = $"Data Source={Path.Combine(dataFolder, "campaigns.db")}";
                }

                services.AddDbContext<SqliteCampaignsDbContext>(db => db.UseSqlite(connectionString));
                services.AddScoped<CampaignsDbContext>(sp => sp.GetRequiredService<SqliteCampaignsDbContext>());
                break;
        }
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permits)
        => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    // The JSON API answers 401/403 with problem details; pages go to the sign-in page.
    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = { Status = status, Title = status == 401 ? "Sign-in required" : "Forbidden", Detail = "Sign in as the admin first: POST /api/session." },
            }).AsTask();
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Formats a moment for pages, in UTC.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The text.</returns>
    public static string Show(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
