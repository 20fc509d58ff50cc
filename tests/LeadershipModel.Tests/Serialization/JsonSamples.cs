using LeadershipModel.Serialization;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Serialization;

/// <summary>One valid document of every JSON kind, written by the library, for the robustness and fuzz tests.</summary>
internal static class JsonSamples
{
    private static readonly Rejection Rejection = new()
    {
        Index = 1,
        RespondentId = "r1",
        Reasons = [new RejectionReason(RejectionCodes.OutOfRange, "Answer 9 lies outside 1..5.", "CI-M1")],
    };

    /// <summary>Gets each kind's name and a reader that returns the number of problems found.</summary>
    public static IReadOnlyList<(string Kind, string Json, Func<string, int> Read)> All { get; } = Build();

    public static TheoryData<string> Kinds() => new(All.Select(k => k.Kind));

    public static (string Kind, string Json, Func<string, int> Read) Get(string kind) => All.Single(k => k.Kind == kind);

    private static List<(string, string, Func<string, int>)> Build()
    {
        var profiles = ProfileSamples.Canonical(2).ToEquatableArray();
        var set = ProfileSamples.SmallWithGapsSet();
        return
        [
            Entry(JsonFormats.Instrument, TestInstruments.Custom()),
            Entry(JsonFormats.ResponseSet, set),
            Entry(JsonFormats.ResponseSets, new[] { set, set with { RespondentId = "other" } }.ToEquatableArray()),
            Entry(JsonFormats.Profile, ProfileSamples.Rich()),
            Entry(JsonFormats.Profiles, profiles),
            Entry(JsonFormats.Rejection, Rejection),
            Entry(JsonFormats.Rejections, new[] { Rejection }.ToEquatableArray()),
            Entry(JsonFormats.NormTable, ProfileSamples.SmallNorms()),
            Entry(JsonFormats.BatchScoringResult, new BatchScoringResult { Profiles = profiles, Rejections = [Rejection] }),
        ];
    }

    private static (string, string, Func<string, int>) Entry<T>(JsonFormat<T> format, T value)
        where T : notnull
        => (format.Name, format.Write(value, indented: false), json => format.Read(json).Errors.Count);
}
