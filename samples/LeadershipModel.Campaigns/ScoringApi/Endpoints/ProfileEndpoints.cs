using LeadershipModel.Instruments;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.ScoringApi.Hosting;
using LeadershipModel.Campaigns.ScoringApi.Http;
using Microsoft.Extensions.Options;

namespace LeadershipModel.Campaigns.ScoringApi.Endpoints;

/// <summary>Scoring endpoints: <c>POST /profiles</c> and <c>POST /profiles/batch</c>.</summary>
internal static class ProfileEndpoints
{
    public static IEndpointRouteBuilder MapProfileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/profiles", ScoreOneAsync).WithName("ScoreProfile").ExcludeFromDescription();
        app.MapPost("/profiles/batch", ScoreBatchAsync).WithName("ScoreBatch").ExcludeFromDescription().RequireRateLimiting(ScoringApiHosting.BatchPolicy);
        return app;
    }

    /// <summary>Scores one response set: 200 with the profile JSON, 422 with every rejection reason.</summary>
    private static async Task<IResult> ScoreOneAsync(HttpContext context, ScoringEngine engine, IOptions<ScoringApiOptions> options)
    {
        var limit = options.Value.MaxProfileBodyBytes;
        var (body, problem) = await RequestBody.ReadAsync(context, limit);
        if (body is null)
        {
            return problem!;
        }

        using var owned = body;

        var read = JsonFormats.ResponseSet.Read(body, new JsonReadOptions { MaxDocumentBytes = limit });
        if (!read.IsSuccess)
        {
            return Problems.InvalidBody(read.Errors, "a response set");
        }

        var result = engine.Score(read.Value);
        return result.IsScored
            ? new JsonPayloadResult(stream => JsonFormats.Profile.WriteTo(result.Profile, stream, indented: false))
            : Problems.Rejected(result.Rejection);
    }

    /// <summary>
    /// Scores an array of response sets: 200 with every profile and every rejection, streamed as they are scored; the
    /// counts add up. The body is streamed to a temporary file and checked on the way, and every element is read
    /// once before any output, so that a bad element gets 400 with its JSON path rather than a cut-off 200.
    /// </summary>
    private static async Task<IResult> ScoreBatchAsync(HttpContext context, ScoringEngine engine, IOptions<ScoringApiOptions> options)
    {
        var (body, problem) = await BatchBody.ReadAsync(context, options.Value.MaxBatchBodyBytes, options.Value.MaxBatchCount);
        if (body is null)
        {
            return problem!;
        }

        context.Response.RegisterForDispose(body);
        var errors = body.Validate();
        return errors.Count > 0
            ? Problems.InvalidBody(errors, "an array of response sets")
            : new StreamedBatchResult(engine, body, options.Value.MaxBatchResponseBytes);
    }
}
