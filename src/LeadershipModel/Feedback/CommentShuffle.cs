using System.Text;

namespace LeadershipModel.Feedback;

/// <summary>Orders comments so that their order depends only on their texts: sorted, then shuffled with a seed hashed from them.</summary>
/// <remarks>The order never depends on the order the rows came in, so it cannot point to a writer; the same texts always give the same order. Stateless and thread-safe.</remarks>
internal static class CommentShuffle
{
    public static List<string> Shuffle(IEnumerable<string> texts)
    {
        var sorted = texts.ToList();
        sorted.Sort(StringComparer.Ordinal);

        // FNV-1a over the sorted texts (UTF-8, each followed by a 0 byte) gives the seed.
        var seed = 14695981039346656037UL;
        foreach (var text in sorted)
        {
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                seed = (seed ^ b) * 1099511628211UL;
            }

            seed *= 1099511628211UL;
        }

        // Fisher–Yates with SplitMix64.
        for (var i = sorted.Count - 1; i > 0; i--)
        {
            var j = (int)(Next(ref seed) % (ulong)(i + 1));
            (sorted[i], sorted[j]) = (sorted[j], sorted[i]);
        }

        return sorted;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
