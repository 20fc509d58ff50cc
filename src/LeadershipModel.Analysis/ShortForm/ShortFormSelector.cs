using System.Globalization;
using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Analysis.Simulation;
using LeadershipModel.Instruments;

namespace LeadershipModel.Analysis.ShortForm;

/// <summary>
/// Chooses the items of a short form from an item bank by data, not by position: for each scale, the subset of
/// the requested size that covers the most distinct content aspects and, among those, has the highest coefficient
/// alpha in the sample (ties broken by the bank's item order).
/// </summary>
/// <remarks>
/// <para>Run it on pilot data to choose a short form that holds up. On data simulated under the documented model
/// (<see cref="ResponseSimulator"/>), items of one scale are parallel, so the alpha differences are sampling noise
/// and coverage decides: that is a reproducible starting point, not evidence of quality.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ShortFormSelector
{
    /// <summary>Chooses the items of each scale.</summary>
    /// <param name="bank">The item bank (the full form).</param>
    /// <param name="data">Answers to the bank's items.</param>
    /// <param name="aspects">The content aspect of each item, by item id; an item without one is its own aspect.</param>
    /// <param name="itemsPerScale">The number of items to keep per scale; at least 2.</param>
    /// <returns>One choice per scale, in the bank's scale order.</returns>
    /// <exception cref="ArgumentException">A scale has fewer items than <paramref name="itemsPerScale"/>.</exception>
    public static IReadOnlyList<ShortFormChoice> Select(Instrument bank, ResponseMatrix data, IReadOnlyDictionary<string, string> aspects, int itemsPerScale = 2)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(aspects);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemsPerScale, 2);
        var choices = new List<ShortFormChoice>(bank.Scales.Count);
        foreach (var scale in bank.Scales)
        {
            var ids = scale.ItemIndexes.Select(i => bank.Items[i]).Select(i => i.IsReversed ? "-" + i.Id : i.Id).ToArray();
            if (ids.Length < itemsPerScale)
            {
                throw new ArgumentException($"Scale '{scale.Target.Key}' has {ids.Length} items, fewer than the {itemsPerScale} to keep.", nameof(itemsPerScale));
            }

            ShortFormChoice? best = null;
            foreach (var subset in Subsets(ids.Length, itemsPerScale))
            {
                var keys = subset.Select(i => ids[i]).ToArray();
                var coverage = keys.Select(k => aspects.GetValueOrDefault(k.TrimStart('-'), k)).Distinct(StringComparer.Ordinal).Count();
                var alpha = ReliabilityAnalysis.Alpha(data, ScaleKey.Create(scale.Target.Key, keys)).RawAlpha ?? double.NegativeInfinity;
                if (best is null || coverage > best.Coverage || (coverage == best.Coverage && alpha > best.Alpha))
                {
                    best = new ShortFormChoice
                    {
                        Target = scale.Target,
                        ItemIds = keys.Select(k => k.TrimStart('-')).ToEquatableArray(),
                        Coverage = coverage,
                        Alpha = alpha,
                        Candidates = ids.Length,
                    };
                }
            }

            choices.Add(best!);
        }

        return choices;
    }

    /// <summary>Builds the short form: the bank's definition with only the chosen items (in the bank's order) and their form texts.</summary>
    /// <param name="bank">The item bank.</param>
    /// <param name="choices">The choices, from <see cref="Select"/>.</param>
    /// <param name="id">The short form's id.</param>
    /// <param name="description">Its description.</param>
    /// <param name="notes">Its notes for users.</param>
    /// <returns>The short form.</returns>
    public static Instrument BuildShortForm(Instrument bank, IEnumerable<ShortFormChoice> choices, string id, string description, string notes)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(choices);
        var kept = choices.SelectMany(c => c.ItemIds).ToHashSet(StringComparer.Ordinal);
        var definition = bank.Definition with
        {
            Id = id,
            Description = description,
            Notes = notes,
            Items = bank.Items.Where(i => kept.Contains(i.Id)).ToEquatableArray(),
            Forms = bank.Forms.Select(f => new InstrumentForm(f.Id, f.ItemTexts.Where(t => kept.Contains(t.Key)))).ToEquatableArray(),
            Reliabilities = [],
        };
        return Instrument.Create(definition);
    }

    /// <summary>Formats choices as CSV: scale, kept items, coverage, alpha (6 decimals), candidates.</summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The CSV text, one line per scale after a header, with <c>\n</c> line ends.</returns>
    public static string ToCsv(IEnumerable<ShortFormChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var lines = choices.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Target.Key},{string.Join(' ', c.ItemIds)},{c.Coverage},{c.Alpha:F6},{c.Candidates}"));
        return string.Join('\n', lines.Prepend("scale,items,coverage,alpha,candidates")) + "\n";
    }

    private static IEnumerable<int[]> Subsets(int n, int k)
    {
        var index = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return (int[])index.Clone();
            var i = k - 1;
            while (i >= 0 && index[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            index[i]++;
            for (var j = i + 1; j < k; j++)
            {
                index[j] = index[j - 1] + 1;
            }
        }
    }
}
