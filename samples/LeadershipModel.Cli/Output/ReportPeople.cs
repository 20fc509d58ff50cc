using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Cli.Output;

/// <summary>
/// The people of a readable report, found in one pass over the profiles: every rated person in order of first
/// appearance, the self-assessment of each, and those without one. Each profile is looked up once by its target id,
/// so the work grows linearly with the number of profiles (a test counts the lookups through <c>comparer</c>).
/// </summary>
internal sealed class ReportPeople
{
    private ReportPeople(List<string> people, List<LeadershipProfile> selves, List<string> withoutSelf)
    {
        People = people;
        Selves = selves;
        WithoutSelf = withoutSelf;
    }

    /// <summary>Gets every rated person, in order of first appearance.</summary>
    public IReadOnlyList<string> People { get; }

    /// <summary>Gets the first self-assessment of each person who has one, in the order of <see cref="People"/>.</summary>
    public IReadOnlyList<LeadershipProfile> Selves { get; }

    /// <summary>Gets the people rated by others only.</summary>
    public IReadOnlyList<string> WithoutSelf { get; }

    public static ReportPeople Of(IReadOnlyList<LeadershipProfile> profiles, IEqualityComparer<string>? comparer = null)
    {
        comparer ??= StringComparer.Ordinal;
        var self = new Dictionary<string, LeadershipProfile?>(comparer);
        var people = new List<string>();
        foreach (var p in profiles)
        {
            var isSelf = p.Role == RaterRole.Self;
            if (self.TryGetValue(p.TargetId, out var known))
            {
                if (known is null && isSelf)
                {
                    self[p.TargetId] = p;
                }
            }
            else
            {
                self.Add(p.TargetId, isSelf ? p : null);
                people.Add(p.TargetId);
            }
        }

        var selves = new List<LeadershipProfile>();
        var withoutSelf = new List<string>();
        foreach (var person in people)
        {
            if (self[person] is { } s)
            {
                selves.Add(s);
            }
            else
            {
                withoutSelf.Add(person);
            }
        }

        return new ReportPeople(people, selves, withoutSelf);
    }
}
