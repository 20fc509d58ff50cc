using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.Simulation;

/// <summary>Short neutral comments for simulated raters, drawn from a small bank by the seeded generator.</summary>
/// <remarks>Each rater answers each open question with probability 3/4; the text is drawn uniformly from the bank of
/// the question (<c>keep-doing</c>, <c>do-differently</c>, or a general bank for any other id). Draws come from their
/// own stream per target, so the item answers do not change when comments are simulated. Stateless and thread-safe.</remarks>
internal static class SimulatedComments
{
    /// <summary>The first generator stream of comments (target t uses this + t), far from the answer streams 2t and 2t+1.</summary>
    public const ulong FirstStream = 1UL << 62;

    private static readonly string[] KeepDoing =
    [
        "Keep explaining the reasons behind decisions.",
        "Keep making time for one to one conversations.",
        "Keep sharing information early.",
        "Keep giving clear and timely feedback.",
        "Keep asking the team for ideas.",
        "Keep following through on commitments.",
    ];

    private static readonly string[] DoDifferently =
    [
        "Delegate more of the routine decisions.",
        "Say earlier when priorities change.",
        "Leave more room for people to try new approaches.",
        "Set fewer goals at the same time.",
        "Check in on progress less often.",
        "Share the longer-term picture more often.",
    ];

    private static readonly string[] General =
    [
        "No further comments.",
        "Works well with the team.",
        "Could communicate plans more widely.",
        "Is approachable and fair.",
    ];

    public static EquatableArray<KeyValuePair<string, string>> Draw(SimulationRandom rng, Instrument instrument)
    {
        var comments = new List<KeyValuePair<string, string>>(instrument.OpenQuestions.Count);
        foreach (var question in instrument.OpenQuestions)
        {
            var bank = question.Id switch
            {
                "keep-doing" => KeepDoing,
                "do-differently" => DoDifferently,
                _ => General,
            };

            var answers = rng.NextDouble() < 0.75;
            var text = bank[(int)(rng.NextDouble() * bank.Length)];
            if (answers)
            {
                comments.Add(new(question.Id, text));
            }
        }

        return comments.ToEquatableArray();
    }
}
