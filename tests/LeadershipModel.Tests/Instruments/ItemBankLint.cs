using System.Text.RegularExpressions;
using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

/// <summary>
/// The mechanical item-writing rules of issue 18, applied to every form of an instrument. Each finding names the
/// item, the form and the rule. The word lists are deliberately broad: a false alarm is fixed by rewording.
/// </summary>
internal static partial class ItemBankLint
{
    public const int MaxWords = 20;
    public const int MinCandidatesPerPole = 4;

    /// <summary>Negators, including frequency negators and implicit ones; allowed only in reverse-keyed items.</summary>
    private static readonly string[] Negations = ["not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "rarely", "seldom", "hardly", "barely", "avoid", "avoids", "little", "few", "cannot", "lack", "lacks"];

    /// <summary>Absolute or extreme qualifiers.</summary>
    private static readonly string[] Absolutes = ["always", "never", "every", "everyone", "everybody", "everything", "all", "none", "nothing", "completely", "totally", "entirely", "absolutely", "strictly", "any", "anyone", "anything", "only", "whatever", "whenever"];

    /// <summary>Verbs and words of inner states, which an observer cannot see.</summary>
    private static readonly string[] InnerStates = ["think", "thinks", "believe", "believes", "feel", "feels", "care", "cares", "want", "wants", "wish", "wishes", "hope", "hopes", "know", "knows", "enjoy", "enjoys", "like", "likes", "prefer", "prefers", "worry", "worries", "consider", "considers", "wonder", "wonders", "realise", "realises", "realize", "realizes", "notice", "notices", "understand", "understands", "mind", "minds", "appreciate", "appreciates", "aware", "comfortable", "satisfaction", "judge", "judges", "believing", "thinking", "feeling"];

    public static IReadOnlyList<string> Check(Instrument instrument)
    {
        var findings = new List<string>();
        foreach (var formId in instrument.AvailableFormIds)
        {
            foreach (var item in instrument.Items)
            {
                findings.AddRange(CheckText(item.Id, formId, instrument.GetItemText(item.Id, formId), item.IsReversed));
            }
        }

        foreach (var dimension in instrument.Dimensions)
        {
            foreach (var pole in new[] { PoleKind.Management, PoleKind.Leadership })
            {
                var count = instrument.Items.Count(i => i.Target == ItemTarget.ForPole(dimension.Id, pole));
                if (count < MinCandidatesPerPole)
                {
                    findings.Add($"{dimension.Id}/{pole}: {count} candidates, fewer than {MinCandidatesPerPole}");
                }
            }
        }

        return findings;
    }

    public static IEnumerable<string> CheckText(string itemId, string formId, string text, bool reversed)
    {
        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var where = $"{itemId} ({formId}): \"{text}\"";
        // "few" and "little" negate ("few people"), "a few" and "a little" do not.
        var negation = words.Where((w, i) => (Negations.Contains(w) && !(w is "few" or "little" && i > 0 && words[i - 1] == "a")) || w.EndsWith("n't", StringComparison.Ordinal)).FirstOrDefault();
        if (!reversed && negation is not null)
        {
            yield return $"{where}: negation '{negation}' in an item that is not reverse-keyed";
        }

        if (words.FirstOrDefault(w => w is "and" or "or") is { } conjunction)
        {
            yield return $"{where}: '{conjunction}' may join two verbs (one idea per item)";
        }

        if (words.FirstOrDefault(w => Absolutes.Contains(w)) is { } absolute)
        {
            yield return $"{where}: absolute '{absolute}'";
        }

        if (formId == FormIds.Observer && words.FirstOrDefault(w => InnerStates.Contains(w)) is { } inner)
        {
            yield return $"{where}: inner-state word '{inner}' on the observer form";
        }

        if (words.Count > MaxWords)
        {
            yield return $"{where}: {words.Count} words, over {MaxWords}";
        }
    }

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
