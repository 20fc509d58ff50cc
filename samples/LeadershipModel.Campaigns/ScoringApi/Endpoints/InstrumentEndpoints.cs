using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Campaigns.ScoringApi.Http;

namespace LeadershipModel.Campaigns.ScoringApi.Endpoints;

/// <summary><c>GET /instruments/{id}</c>: an instrument the engine scores, as instrument JSON.</summary>
internal static class InstrumentEndpoints
{
    public static IEndpointRouteBuilder MapInstrumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/instruments/{id}", GetInstrument).WithName("GetInstrument").ExcludeFromDescription();
        return app;
    }

    /// <summary>200 with the instrument (the last added version unless <paramref name="version"/> is given), else 404.</summary>
    private static IResult GetInstrument(string id, string? version, ScoringEngine engine)
        => engine.TryGetInstrument(id, version, out var instrument)
            ? new JsonPayloadResult(stream => JsonFormats.Instrument.WriteTo(instrument, stream, indented: false))
            : Problems.UnknownInstrument(id, version, engine.Instruments);
}
