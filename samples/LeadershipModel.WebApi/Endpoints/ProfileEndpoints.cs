using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.WebApi.Hosting;
using LeadershipModel.WebApi.Http;
using Microsoft.Extensions.Options;

namespace LeadershipModel.WebApi.Endpoints;

/// <summary>Scoring endpoints: <c>POST /profiles</c> and <c>POST /profiles/batch</c>.</summary>
internal static class ProfileEndpoints
{
    public static IEndpointRouteBuilder MapProfileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/profiles", ScoreOneAsync).WithName("ScoreProfile");
        app.MapPost("/profiles/batch", ScoreBatchAsync).WithName("ScoreBatch");
        return app;
    }

    /// <summary>Scores one response set: 200 with the profile JSON, 422 with every rejection reason.</summary>
    private static async Task<IResult> ScoreOneAsync(HttpContext context, ScoringEngine engine, IOptions<ScoringApiOptions> options)
    {
        var limit = options.Value.MaxProfileBodyBytes;
        using var body = await RequestBody.ReadAsync(context, limit);
        if (body is null)
        {
            return Problems.TooLarge(limit);
        }

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

    /// <summary>Scores an array of response sets: 200 with every profile and every rejection; the counts add up.</summary>
    private static async Task<IResult> ScoreBatchAsync(HttpContext context, ScoringEngine engine, IOptions<ScoringApiOptions> options)
    {
        var limit = options.Value.MaxBatchBodyBytes;
        using var body = await RequestBody.ReadAsync(context, limit);
        if (body is null)
        {
            return Problems.TooLarge(limit);
        }

        var read = JsonFormats.ResponseSets.Read(body, new JsonReadOptions { MaxDocumentBytes = limit });
        if (!read.IsSuccess)
        {
            return Problems.InvalidBody(read.Errors, "an array of response sets");
        }

        var sets = read.Value;
        if (sets.Count > options.Value.MaxBatchCount)
        {
            return Problems.TooManySets(sets.Count, options.Value.MaxBatchCount);
        }

        var result = engine.ScoreBatch(sets);
        return new JsonPayloadResult(stream => JsonFormats.BatchScoringResult.WriteTo(result, stream, indented: false));
    }
}
