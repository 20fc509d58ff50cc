using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using LeadershipModel.Instruments;
using LeadershipModel.Internal;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>
/// Scores response sets into <see cref="LeadershipProfile"/>s through a pipeline of named steps
/// (see <see cref="PipelineSteps"/>), each with a default a host can replace or add to.
/// </summary>
/// <remarks>
/// <para>Create with <see cref="CreateBuilder"/>. Scoring one set, a batch, or a stream gives the same profile for
/// the same set; a set that cannot be scored is returned as a <see cref="Rejection"/> with every reason, never
/// thrown.</para>
/// <para>This type is immutable and thread-safe: build it once and share it.</para>
/// </remarks>
public sealed class ScoringEngine
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, CompiledInstrument>> _instruments;
    private readonly PipelineRunner _runner;

    internal ScoringEngine(EngineSettings settings)
    {
        Instruments = settings.Instruments.ToEquatableArray();
        _runner = new PipelineRunner(PipelineComposer.Compose(settings), settings.Observers);
        Fingerprint = ComputeFingerprint(settings.Instruments, _runner);
        LibraryVersion = typeof(ScoringEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        _instruments = settings.Instruments
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.ToFrozenDictionary(
                    i => i.Version,
                    i => new CompiledInstrument(i, settings.Instruments.IndexOf(i), new Provenance(i.Id, i.Version, LibraryVersion, Fingerprint)),
                    StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>Gets the instruments the engine scores, in the order added.</summary>
    public EquatableArray<Instrument> Instruments { get; }

    /// <summary>
    /// Gets a hash of the instruments and of every step's canonical description (its name, its plug-in's name, its
    /// options and a hash of its data: item statistics, norm tables, models); recorded in each profile's provenance.
    /// Engines built with equal settings, in any order of the builder calls, have equal fingerprints.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Gets the version of this library.</summary>
    public string LibraryVersion { get; }

    /// <summary>Creates a builder.</summary>
    /// <returns>A new, single-use builder.</returns>
    public static ScoringEngineBuilder CreateBuilder() => new();

    /// <summary>Looks up an instrument by id and version.</summary>
    /// <param name="id">The instrument id.</param>
    /// <param name="version">The version; the last added version of that id when <see langword="null"/>.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetInstrument(string id, string? version, [NotNullWhen(true)] out Instrument? instrument)
    {
        instrument = null;
        if (!_instruments.TryGetValue(Preconditions.NotNull(id), out var versions))
        {
            return false;
        }

        if (version is null)
        {
            instrument = Instruments.Last(i => i.Id == id);
            return true;
        }

        instrument = versions.TryGetValue(version, out var compiled) ? compiled.Instrument : null;
        return instrument is not null;
    }

    /// <summary>Scores one response set.</summary>
    /// <param name="responseSet">The response set.</param>
    /// <returns>The profile, or the rejection with every reason.</returns>
    public ScoringResult Score(ResponseSet responseSet) => Score(responseSet, 0);

    /// <summary>Scores one response set at a given position of a batch or stream.</summary>
    /// <param name="responseSet">The response set.</param>
    /// <param name="index">Its zero-based position, reported in results and events.</param>
    /// <returns>The profile, or the rejection with every reason.</returns>
    public ScoringResult Score(ResponseSet responseSet, long index)
    {
        Preconditions.NotNull(responseSet);
        if (!_instruments.TryGetValue(responseSet.InstrumentId, out var versions))
        {
            return _runner.Reject(responseSet, index, new RejectionReason(RejectionCodes.UnknownInstrument,
                $"Instrument '{responseSet.InstrumentId}' is not known to this engine; known: {string.Join(", ", _instruments.Keys.Order(StringComparer.Ordinal))}."));
        }

        if (!versions.TryGetValue(responseSet.InstrumentVersion, out var compiled))
        {
            return _runner.Reject(responseSet, index, new RejectionReason(RejectionCodes.WrongVersion,
                $"Instrument '{responseSet.InstrumentId}' has no version '{responseSet.InstrumentVersion}'; known: {string.Join(", ", versions.Keys.Order(StringComparer.Ordinal))}."));
        }

        return _runner.Score(compiled, responseSet, index);
    }

    /// <summary>Scores a batch, returning every profile and every rejection; the counts add up.</summary>
    /// <param name="responseSets">The response sets.</param>
    /// <param name="options">Batch options, such as parallelism; sequential when <see langword="null"/>.</param>
    /// <returns>The profiles and rejections, each in input order.</returns>
    public BatchScoringResult ScoreBatch(IEnumerable<ResponseSet> responseSets, BatchScoringOptions? options = null)
    {
        Preconditions.NotNull(responseSets);
        options ??= new BatchScoringOptions();
        var sets = responseSets as IReadOnlyList<ResponseSet> ?? responseSets.ToList();
        var results = new ScoringResult[sets.Count];
        if (options.MaxDegreeOfParallelism == 1 || sets.Count < 2)
        {
            for (var i = 0; i < sets.Count; i++)
            {
                results[i] = Score(NotNullElement(sets[i], i), i);
            }
        }
        else
        {
            Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i => results[i] = Score(NotNullElement(sets[i], i), i));
        }

        var profiles = new List<LeadershipProfile>(results.Length);
        var rejections = new List<Rejection>();
        foreach (var r in results)
        {
            if (r.IsScored)
            {
                profiles.Add(r.Profile);
            }
            else
            {
                rejections.Add(r.Rejection);
            }
        }

        return new BatchScoringResult { Profiles = profiles.ToEquatableArray(), Rejections = rejections.ToEquatableArray() };
    }

    /// <summary>
    /// Scores a stream in constant memory, yielding one result per set in input order. With
    /// <see cref="StreamScoringOptions.MaxDegreeOfParallelism"/> above 1, chunks are scored in parallel; results are
    /// identical to sequential scoring.
    /// </summary>
    /// <param name="responseSets">The response sets.</param>
    /// <param name="options">Stream options; sequential chunks of 256 when <see langword="null"/>.</param>
    /// <param name="progress">Receives progress after each chunk, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The results, in input order.</returns>
    public async IAsyncEnumerable<ScoringResult> ScoreAsync(
        IAsyncEnumerable<ResponseSet> responseSets,
        StreamScoringOptions? options = null,
        IProgress<ScoringProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(responseSets);
        options ??= new StreamScoringOptions();
        var chunk = new List<ResponseSet>(options.ChunkSize);
        var results = new ScoringResult[options.ChunkSize];
        long processed = 0, scored = 0, rejected = 0;
        var enumerator = responseSets.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            var more = true;
            while (more)
            {
                chunk.Clear();
                while (chunk.Count < options.ChunkSize && (more = await enumerator.MoveNextAsync().ConfigureAwait(false)))
                {
                    chunk.Add(NotNullElement(enumerator.Current, processed + chunk.Count));
                }

                if (chunk.Count == 0)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var start = processed;
                if (options.MaxDegreeOfParallelism == 1 || chunk.Count < 2)
                {
                    for (var i = 0; i < chunk.Count; i++)
                    {
                        results[i] = Score(chunk[i], start + i);
                    }
                }
                else
                {
                    Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i => results[i] = Score(chunk[i], start + i));
                }

                for (var i = 0; i < chunk.Count; i++)
                {
                    var r = results[i];
                    results[i] = null!;
                    if (r.IsScored)
                    {
                        scored++;
                    }
                    else
                    {
                        rejected++;
                    }

                    yield return r;
                }

                processed += chunk.Count;
                progress?.Report(new ScoringProgress(processed, scored, rejected));
            }
        }
    }

    private static ResponseSet NotNullElement(ResponseSet? set, long index)
        => set ?? throw new ArgumentException($"The response set at position {index} is null.", nameof(set));

    private static string ComputeFingerprint(IEnumerable<Instrument> instruments, PipelineRunner runner)
    {
        var text = new StringBuilder();
        PipelineComposer.DescribeInstruments(instruments, text);
        runner.Describe(text);
        return StepDescription.Hash(text.ToString());
    }
}
