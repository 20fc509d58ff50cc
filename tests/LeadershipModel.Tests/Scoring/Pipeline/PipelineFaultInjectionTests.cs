using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring.Pipeline;

/// <summary>
/// Each kind of plug-in in turn throws, returns NaN or infinity, or writes and then throws. Score, ScoreBatch and
/// ScoreAsync never throw, name the failing plug-in, keep none of its writes, and give the profile the engine gives
/// without that plug-in wherever the documented fallback is "as if absent".
/// </summary>
public sealed class PipelineFaultInjectionTests
{
    public enum Fault
    {
        Throw,
        NaN,
        Infinity,
        WriteThenThrow,
    }

    private const string Faulty = "faulty";
    private static readonly Instrument Small = TestInstruments.Small();
    private static readonly ExtensionKey<string> Partial = new("partial");

    /// <summary>Plug-ins whose fault rejects the set: no score can be trusted without them.</summary>
    public static TheoryData<string, Fault> RejectingCases => new()
    {
        { "validator", Fault.Throw },
        { "validator", Fault.WriteThenThrow },
        { "transform", Fault.Throw },
        { "transform", Fault.NaN },
        { "transform", Fault.Infinity },
        { "imputation", Fault.Throw },
        { "imputation", Fault.NaN },
        { "imputation", Fault.Infinity },
        { "scorer", Fault.Throw },
        { "scorer", Fault.Infinity },
    };

    /// <summary>Plug-ins whose fault is recorded while the profile is scored as without them.</summary>
    public static TheoryData<string, Fault> RecordingCases => new()
    {
        { "classifier", Fault.Throw },
        { "outcome", Fault.Throw },
        { "outcome", Fault.NaN },
        { "norms", Fault.Throw },
        { "norms", Fault.NaN },
        { "norms", Fault.Infinity },
        { "norms", Fault.WriteThenThrow },
        { "standard-error", Fault.Throw },
        { "standard-error", Fault.NaN },
        { "standard-error", Fault.Infinity },
        { "enricher", Fault.Throw },
        { "enricher", Fault.WriteThenThrow },
        { "observer", Fault.Throw },
    };

    [Theory]
    [MemberData(nameof(RejectingCases))]
    public async Task Score_RejectingPluginFaults_RejectNamingThePlugin(string kind, Fault fault)
    {
        var engine = Faulted(kind, fault);
        var results = await ScoreEveryWay(engine);
        foreach (var result in results)
        {
            result.IsScored.Should().BeFalse();
            var reason = result.Rejection!.Reasons.Should().ContainSingle("nothing the plug-in wrote before failing is kept").Subject;
            reason.Code.Should().Be(RejectionCodes.PluginFailed);
            reason.Message.Should().Contain($"'{Faulty}'");
            reason.Step.Should().Be(StepOf(kind));
        }
    }

    [Theory]
    [MemberData(nameof(RecordingCases))]
    public async Task Score_RecordingPluginFaults_RecordByNameAndScoreAsWithoutThePlugin(string kind, Fault fault)
    {
        var engine = Faulted(kind, fault);
        var reference = Builder(kind).Build().Score(Set()).Profile!;
        var results = await ScoreEveryWay(engine);
        foreach (var result in results)
        {
            var profile = result.Profile!;
            profile.Diagnostics.PluginFailures.Should().ContainSingle().Which.Should().Match<PluginFailure>(f => f.PluginName == Faulty && f.Step == StepOf(kind));
            profile.Extensions.TryGet(Partial, out _).Should().BeFalse();
            var expected = kind == "classifier" ? reference with { Overall = reference.Overall with { ProfileType = null } } : reference;
            Normalised(profile).Should().Be(expected with { Provenance = profile.Provenance });
        }
    }

    [Fact]
    public void Score_ScorerReturnsNaN_LeavesScalesUnscoredAsDocumented()
    {
        var result = Faulted("scorer", Fault.NaN).Score(Set());
        var reason = result.Rejection!.Reasons.Should().ContainSingle().Subject;
        reason.Code.Should().Be(RejectionCodes.InsufficientData, "a scorer that cannot score any scale leaves nothing scored");
    }

    [Fact]
    public void Score_EnricherThatReplacesAnEarlierValueAndThrows_KeepsTheEarlierValue()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddEnricher("first", a => a.Extensions.Set(Partial, "first"))
            .AddEnricher(Faulty, a =>
            {
                a.Extensions.Set(Partial, "overwritten");
                throw new InvalidOperationException("late");
            })
            .Build();
        var profile = engine.Score(Set()).Profile!;
        profile.Extensions.GetValueOrDefault(Partial).Should().Be("first");
        profile.Diagnostics.PluginFailures.Single().PluginName.Should().Be(Faulty);
    }

    [Fact]
    public void Score_FaultyPlugin_IsReportedToObservers()
    {
        var failures = new List<string>();
        var engine = Builder("classifier").UseProfileClassifier(new FaultyClassifier()).AddObserver(new FailureObserver(failures)).Build();
        engine.Score(Set());
        failures.Should().Equal(Faulty);
    }

    [Fact]
    public void Score_ValidatorFault_StillListsOtherValidatorsProblems()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddResponseValidator(new FaultyValidator(Fault.Throw))
            .AddResponseValidator("consent", a => a.Reject("no consent"))
            .Build();
        var reasons = engine.Score(Set()).Rejection!.Reasons;
        reasons.Select(r => r.Code).Should().Equal(RejectionCodes.PluginFailed, RejectionCodes.HostValidation);
    }

    private static ResponseSet Set(int respondent = 1)
    {
        // R3 is unanswered: the referent scale still has two of three answers, so imputation fills it.
        double?[] values = [4, 2, 2, 3, 5, 5, 1, 2, 5, 4, null, 1, 5];
        return ResponseSet.Create(Small.Id, Small.Version, $"r{respondent}", Small.Items.Select((item, i) => KeyValuePair.Create(item.Id, values[i])));
    }

    private static async Task<List<ScoringResult>> ScoreEveryWay(ScoringEngine engine)
    {
        var sets = Enumerable.Range(1, 12).Select(Set).ToList();
        var results = new List<ScoringResult> { engine.Score(Set()) };
        var batch = engine.ScoreBatch(sets, new BatchScoringOptions { MaxDegreeOfParallelism = 4 });
        batch.Total.Should().Be(sets.Count);
        results.AddRange(batch.Profiles.Select((p, i) => ScoringResult.Scored(i, p)));
        results.AddRange(batch.Rejections.Select(ScoringResult.Rejected));
        await foreach (var r in engine.ScoreAsync(ToAsync(sets), new StreamScoringOptions { ChunkSize = 5, MaxDegreeOfParallelism = 2 }, cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(r);
        }

        results.Should().HaveCount(1 + (2 * sets.Count));
        return results.Select(r => r.IsScored ? ScoringResult.Scored(0, r.Profile! with { RespondentId = "r1", TargetId = "r1" }) : r).ToList();
    }

    private static LeadershipProfile Normalised(LeadershipProfile p) => p with { Diagnostics = p.Diagnostics with { PluginFailures = default } };

    private static string StepOf(string kind) => kind switch
    {
        "validator" => PipelineSteps.Validation,
        "transform" => PipelineSteps.ItemTransform,
        "imputation" => PipelineSteps.MissingData,
        "scorer" => PipelineSteps.ScaleScoring,
        "classifier" => PipelineSteps.Classification,
        "outcome" => PipelineSteps.DerivedIndices,
        "norms" or "standard-error" => PipelineSteps.Norms,
        "enricher" => PipelineSteps.Enrichment,
        _ => PipelineSteps.Observation,
    };

    /// <summary>The engine without the faulty plug-in (imputation configured for the imputation case).</summary>
    private static ScoringEngineBuilder Builder(string kind)
    {
        var builder = ScoringEngine.CreateBuilder().AddInstrument(Small);
        return kind == "imputation"
            ? builder.UseMissingData(new MissingDataOptions { Imputation = ImputationMethod.ItemMean, ItemStatistics = Small.Items.Select(i => new ItemStatistic(i.Id, 3.5, 3)).ToEquatableArray() })
            : builder;
    }

    private static ScoringEngine Faulted(string kind, Fault fault)
    {
        var builder = Builder(kind);
        return (kind switch
        {
            "validator" => builder.AddResponseValidator(new FaultyValidator(fault)),
            "transform" => builder.UseItemTransform(new FaultyTransform(fault, onlyImputed: false)),
            "imputation" => builder.UseItemTransform(new FaultyTransform(fault, onlyImputed: true)),
            "scorer" => builder.UseScaleScorer(new FaultyScorer(fault)),
            "classifier" => builder.UseProfileClassifier(new FaultyClassifier()),
            "outcome" => builder.UseAuthorityModel(AuthorityModel.Default, new FaultyOutcomeModel(fault)),
            "norms" => builder.UseNormProvider(new FaultyNorms(fault, inStandardError: false)),
            "standard-error" => builder.UseNormProvider(new FaultyNorms(fault, inStandardError: true)),
            "enricher" => builder.AddEnricher(Faulty, a =>
            {
                if (fault == Fault.WriteThenThrow)
                {
                    a.Extensions.Set(Partial, "partial");
                }

                throw new InvalidOperationException("enricher down");
            }),
            _ => builder.AddObserver(new FaultyObserver()),
        }).Build();
    }

    private static double Bad(Fault fault) => fault switch
    {
        Fault.NaN => double.NaN,
        Fault.Infinity => double.PositiveInfinity,
        _ => throw new InvalidOperationException("plug-in down"),
    };

    private static async IAsyncEnumerable<ResponseSet> ToAsync(IEnumerable<ResponseSet> sets)
    {
        foreach (var s in sets)
        {
            await Task.Yield();
            yield return s;
        }
    }

    private sealed class FaultyValidator(Fault fault) : IResponseValidator
    {
        public string Name => Faulty;

        public void Validate(in ResponseValidationArguments arguments)
        {
            if (fault == Fault.WriteThenThrow)
            {
                arguments.Reject("written before the fault");
            }

            throw new InvalidOperationException("validator down");
        }
    }

    private sealed class FaultyTransform(Fault fault, bool onlyImputed) : IItemTransform
    {
        public string Name => Faulty;

        public double Transform(in ItemTransformArguments arguments)
        {
            var imputed = arguments.Item.Id == "R3"; // the one unanswered item: reached only through imputation
            return !onlyImputed || imputed ? Bad(fault) : arguments.Scale.ToUnit(arguments.Item.IsReversed ? arguments.Scale.Reverse(arguments.RawValue) : arguments.RawValue);
        }
    }

    private sealed class FaultyScorer(Fault fault) : IScaleScorer
    {
        public string Name => Faulty;

        public double Score(in ScaleScoringArguments arguments) => Bad(fault);
    }

    private sealed class FaultyClassifier : IProfileClassifier
    {
        public string Name => Faulty;

        public string? Classify(in ClassificationArguments arguments) => throw new InvalidOperationException("classifier down");
    }

    private sealed class FaultyOutcomeModel(Fault fault) : IInfluenceOutcomeModel
    {
        public string Name => Faulty;

        public OutcomeWeights? Estimate(EquatableArray<PowerBaseScore> bases, AuthorityModel model) => OutcomeWeights.Create(Bad(fault), 1, 1);
    }

    private sealed class FaultyNorms(Fault fault, bool inStandardError) : INormProvider
    {
        public string Name => Faulty;

        public NormScore? Compare(in NormArguments arguments)
        {
            if (inStandardError)
            {
                return null;
            }

            return fault switch
            {
                Fault.NaN => new NormScore(arguments.IndexId, arguments.Score, double.NaN, 50),
                Fault.Infinity => new NormScore(arguments.IndexId, arguments.Score, 50, double.PositiveInfinity),
                Fault.WriteThenThrow when arguments.IndexId == Norms.IndexIds.Management => new NormScore(arguments.IndexId, arguments.Score, 50, 50),
                _ => throw new InvalidOperationException("norms down"),
            };
        }

        public double? StandardError(string indexId) => inStandardError ? Bad(fault) : null;
    }

    private sealed class FaultyObserver : ScoringObserver
    {
        public override string Name => Faulty;

        public override void OnScored(in ProfileScoredArguments arguments) => throw new InvalidOperationException("observer down");
    }

    private sealed class FailureObserver(List<string> failures) : ScoringObserver
    {
        public override void OnPluginFailed(in PluginFailedArguments arguments)
        {
            lock (failures)
            {
                failures.Add(arguments.Failure.PluginName);
            }
        }
    }
}
