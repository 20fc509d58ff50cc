namespace LeadershipModel;

/// <summary>
/// A small, documented pseudo-random generator whose sequence for a seed is fixed forever: xoshiro256** 1.0
/// (Blackman and Vigna, 2018), seeded through splitmix64, with uniform and standard normal draws built on it.
/// </summary>
/// <remarks>
/// <para><see cref="Random"/>'s sequence for a seed is not promised across .NET versions; a simulation that must
/// reproduce byte for byte uses this generator instead. The definitions, which are part of the contract:</para>
/// <list type="bullet">
/// <item><description>Seeding: the four 64-bit words of state are four successive outputs of splitmix64 started at
/// the seed (<c>z = (state += 0x9E3779B97F4A7C15); z = (z ^ z≫30)·0xBF58476D1CE4E5B9; z = (z ^ z≫27)·0x94D049BB133111EB;
/// z ^ z≫31</c>).</description></item>
/// <item><description><see cref="NextUInt64"/>: xoshiro256**, <c>rotl(s1·5, 7)·9</c>, then the state update of the
/// reference implementation.</description></item>
/// <item><description><see cref="NextDouble"/>: the top 53 bits of <see cref="NextUInt64"/> times 2⁻⁵³, in [0, 1).</description></item>
/// <item><description><see cref="NextNormal"/>: Marsaglia's polar method. Draw <c>u = 2·NextDouble() − 1</c> and
/// <c>v = 2·NextDouble() − 1</c> until <c>0 &lt; s = u² + v² &lt; 1</c>; return <c>u·f</c> with
/// <c>f = √(−2·ln s / s)</c> and keep <c>v·f</c> for the next call. The logarithm is computed from IEEE additions,
/// multiplications and divisions only (not the platform's <see cref="Math.Log(double)"/>), the square root is IEEE's
/// correctly rounded one, and no fused multiply-add is used, so the draws are the same bits on every platform.</description></item>
/// </list>
/// <para>This type is not thread-safe: each thread needs its own instance.</para>
/// </remarks>
public sealed class SimulationRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spare;
    private bool _hasSpare;

    /// <summary>Initializes a generator from a seed, through splitmix64.</summary>
    /// <param name="seed">The seed; any value, zero included.</param>
    public SimulationRandom(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>Initializes a generator with an explicit xoshiro256** state, as the reference implementation's test vectors do.</summary>
    internal SimulationRandom(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.");
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>Returns the next 64 random bits (xoshiro256**).</summary>
    /// <returns>A uniformly distributed 64-bit value.</returns>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a uniform draw in [0, 1): the top 53 bits of <see cref="NextUInt64"/> times 2⁻⁵³.</summary>
    /// <returns>A value in [0, 1).</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Returns a standard normal draw (mean 0, standard deviation 1) by Marsaglia's polar method.</summary>
    /// <returns>The draw.</returns>
    /// <remarks>Draws come in pairs: every second call returns the value kept from the call before.</remarks>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var f = Math.Sqrt(-2 * DeterministicMath.Log(s) / s);
        _spare = v * f;
        _hasSpare = true;
        return u * f;
    }

    /// <summary>Returns a standard logistic draw, <c>ln(u / (1 − u))</c> with <c>u</c> uniform in (0, 1), the logarithm computed as <see cref="NextNormal"/>'s is.</summary>
    /// <returns>The draw.</returns>
    public double NextLogistic()
    {
        double u;
        do
        {
            u = NextDouble();
        }
        while (u == 0);

        return DeterministicMath.Log(u / (1 - u));
    }

    /// <summary>Creates the generator of one independent stream of a simulation: seeded from
    /// <c>splitmix64</c>'s finaliser applied to <c>seed + 0x9E3779B97F4A7C15·(stream + 1)</c>.</summary>
    /// <param name="seed">The simulation's seed.</param>
    /// <param name="stream">The stream's number (for example a person's index), so that each stream's draws do not depend on the others'.</param>
    /// <returns>The stream's generator.</returns>
    public static SimulationRandom ForStream(ulong seed, ulong stream)
    {
        var state = seed + (0x9E3779B97F4A7C15UL * (stream + 1));
        return new SimulationRandom(Mix(state));
    }

    /// <summary>One step of splitmix64 (Steele, Lea and Flood, 2014).</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
