using LeadershipModel.Campaigns.Development;
using LeadershipModel.Campaigns.ScoringApi.Endpoints;
using LeadershipModel.Campaigns.ScoringApi.OpenApi;
using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Campaigns.ScoringApi.Hosting;

/// <summary>
/// The scoring API's registrations and routes: the engine through DI with the host's plug-ins (its own instrument,
/// the company norms and an enricher), <c>/profiles</c>, <c>/profiles/batch</c>, <c>/instruments/{id}</c>,
/// <c>/health</c> and the one OpenAPI 3.1 document of the whole app.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScoringApiHosting
{
    /// <summary>The concurrency-limiter policy of <c>POST /profiles/batch</c>.</summary>
    public const string BatchPolicy = "batches";

    /// <summary>Registers the engine, its plug-ins, the limits and the health check.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddScoringApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ScoringApiOptions>()
            .BindConfiguration(ScoringApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DevelopmentSuggestionOptions>()
            .BindConfiguration(DevelopmentSuggestionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Kestrel's own ceiling is the largest endpoint limit; each endpoint lowers it for its request.
        var limits = builder.Configuration.GetSection(ScoringApiOptions.SectionName).Get<ScoringApiOptions>() ?? new ScoringApiOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(limits.MaxProfileBodyBytes, limits.MaxBatchBodyBytes));

        #region engine
        // The host's data: the company norm table and its own instrument, read with the package's readers.
        services.AddSingleton(HostData.Create);

        // The engine: canonical instruments, the host's instrument, the company norms and the host's enricher.
        services.AddLeadershipModel((engine, context) =>
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

        // Batches take turns: at most MaxConcurrentBatches are scored at once, BatchQueueLimit wait (oldest first), and
        // the rest get 503 with problem details. Memory is then bounded by the permits, not by the number of clients.
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(BatchPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<ScoringApiOptions>>().Value;
                return RateLimitPartition.GetConcurrencyLimiter(BatchPolicy, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentBatches,
                    QueueLimit = options.BatchQueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        services.PostConfigure<RateLimiterOptions>(limiter =>
        {
            var other = limiter.OnRejected;
            limiter.OnRejected = (context, cancellationToken) =>
                context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == BatchPolicy
                    ? BusyAsync(context.HttpContext)
                    : other?.Invoke(context, cancellationToken) ?? ValueTask.CompletedTask;
        });

        services.AddHealthChecks().AddCheck<ScoringEngineHealthCheck>("scoring-engine");
        return builder;
    }

    /// <summary>
    /// Maps the scoring endpoints, <c>/health</c> and <c>/openapi/v1.json</c>, and builds the engine now, so that a
    /// missing or invalid data file stops startup with every problem logged.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static WebApplication MapScoringApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _ = app.Services.GetRequiredService<ScoringEngine>();
        app.MapProfileEndpoints();
        app.MapInstrumentEndpoints();
        app.MapHealthChecks("/health");
        app.MapApiDocument();
        return app;
    }

    private static ValueTask BusyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The server is busy scoring other batches.",
                Detail = "Every turn to score a batch is taken and the queue is full; send it again in a few seconds.",
            },
        });
    }
}
