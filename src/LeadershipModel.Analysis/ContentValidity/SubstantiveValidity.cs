namespace LeadershipModel.Analysis.ContentValidity;

/// <summary>
/// Anderson and Gerbing's (1991) indices of substantive validity from a judges' sorting task: each judge assigns
/// each item to the scale it best measures; p<sub>sa</sub> = n<sub>c</sub>/N and c<sub>sv</sub> = (n<sub>c</sub> −
/// n<sub>o</sub>)/N, where n<sub>c</sub> judges chose the intended scale and n<sub>o</sub> is the highest count for
/// any other scale.
/// </summary>
/// <remarks>
/// <para>The sorting template is <c>docs/instrument/sorting-template.csv</c>: one row per item (id, text), one column
/// per judge, each cell a scale code from the definitions table; an empty cell is an item the judge did not sort.
/// <c>scripts/substantive-validity.cs</c> reads a filled-in template with the item-to-pole map.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class SubstantiveValidity
{
    /// <summary>Computes the indices of every item that at least one judge sorted.</summary>
    /// <param name="sorts">Each item's assignments: item id, then the scale each judge chose (empty or null when not sorted).</param>
    /// <param name="intended">The intended scale of each item, by item id.</param>
    /// <returns>One result per sorted item, in the order given.</returns>
    /// <exception cref="ArgumentException">An item has no intended scale.</exception>
    public static IReadOnlyList<SubstantiveValidityResult> Compute(IEnumerable<KeyValuePair<string, IReadOnlyList<string?>>> sorts, IReadOnlyDictionary<string, string> intended)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        ArgumentNullException.ThrowIfNull(intended);
        var results = new List<SubstantiveValidityResult>();
        foreach (var (itemId, choices) in sorts)
        {
            if (!intended.TryGetValue(itemId, out var scale))
            {
                throw new ArgumentException($"Item '{itemId}' has no intended scale in the item map.", nameof(intended));
            }

            var counts = choices.Where(c => !string.IsNullOrWhiteSpace(c)).GroupBy(c => c!.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var judges = counts.Values.Sum();
            if (judges == 0)
            {
                continue;
            }

            var other = counts.Where(c => c.Key != scale).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
            results.Add(new SubstantiveValidityResult
            {
                ItemId = itemId,
                IntendedScale = scale,
                Judges = judges,
                Correct = counts.GetValueOrDefault(scale),
                HighestOther = other.Value,
                HighestOtherScale = other.Key,
            });
        }

        return results;
    }
}
