namespace LeadershipModel.Analysis.Csv;

/// <summary>Reading what was read ahead (a prefix) before the rest of a source: the shared step of the prefixed byte and text readers.</summary>
internal static class PrefixedRead
{
    /// <summary>Copies what is left of the prefix (from <paramref name="at"/>) into the buffer.</summary>
    /// <typeparam name="T">Bytes or characters.</typeparam>
    /// <param name="prefix">The prefix.</param>
    /// <param name="at">How much of the prefix was read; advanced by the count copied.</param>
    /// <param name="buffer">Where to copy.</param>
    /// <returns>The count copied, or -1 when the prefix is used up and the rest of the source is to be read.</returns>
    public static int Take<T>(ReadOnlySpan<T> prefix, ref int at, Span<T> buffer)
    {
        if (at >= prefix.Length)
        {
            return -1;
        }

        var n = Math.Min(buffer.Length, prefix.Length - at);
        prefix.Slice(at, n).CopyTo(buffer);
        at += n;
        return n;
    }
}
