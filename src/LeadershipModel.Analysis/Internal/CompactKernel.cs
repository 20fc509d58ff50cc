namespace LeadershipModel.Analysis.Internal;

/// <summary>
/// Which kernel <see cref="CompactMoments"/> uses. Product code always passes <see cref="Auto"/>; tests pass the
/// others to compare every kernel with the reference. A parameter rather than a static switch, so that tests
/// running in parallel cannot change each other's kernel.
/// </summary>
internal enum CompactKernel
{
    /// <summary>The fastest kernel the hardware and the data allow.</summary>
    Auto,

    /// <summary>The 16-bit vector kernel even where the 8-bit one would do.</summary>
    Wide,

    /// <summary>The scalar kernel, bypassing every vector instruction.</summary>
    Scalar,
}
