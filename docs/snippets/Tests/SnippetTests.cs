using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;
using LeadershipModel.Snippets.Guides;
using LeadershipModel.Snippets.Readme;

namespace LeadershipModel.Snippets.Tests;

/// <summary>Runs every snippet of the guides and READMEs and checks what it claims.</summary>
public sealed class SnippetTests
{
    private static readonly ScoringEngine ShortEngine = ScoringEngine.CreateBuilder().AddInstrument(CanonicalInstruments.Short).Build();

    private static ResponseSet ShortAnswers(string respondent = "ada") => ResponseSet.Create(CanonicalInstruments.Short, respondent, EngineGuide.Answers(CanonicalInstruments.Short));

    [Fact]
    public void CoreReadme_Position_IsIntegrator() => CoreReadme.Position().Quadrant.Should().Be(Quadrant.Integrator);

    [Fact]
    public void CoreReadme_InstrumentErrors_SampleInstrumentReadsClean()
    {
        Repo.EnterScratch();
        CoreReadme.InstrumentErrors().Should().BeEmpty();
    }

    [Fact]
    public async Task CoreReadme_ProfileJsonWriter_WritesEveryScoredProfile()
    {
        var dir = Repo.EnterScratch();
        await CoreReadme.WriteProfiles(ShortEngine, new[] { ShortAnswers("a"), ShortAnswers("b") }.ToAsyncEnumerable());
        var read = JsonFormats.Profiles.Read(File.ReadAllText(Path.Combine(dir, "profiles.json")));
        read.Value!.Select(p => p.RespondentId).Should().Equal("a", "b");
    }

    [Fact]
    public void AnalysisReadme_Reliability_GivesAlphaAndScores()
    {
        Repo.EnterScratch();
        var (alpha, first) = AnalysisReadme.Reliability();
        alpha.RawAlpha.Should().BeInRange(0.5, 0.9, "agreeableness in psych's bfi has alpha about 0.7");
        first.Should().NotBeNull();
    }

    [Fact]
    public void ReportingReadme_Reports_WritesFourFiles()
    {
        var dir = Repo.EnterScratch();
        ReportingReadme.Reports(ShortEngine, ShortAnswers(), CanonicalInstruments.Short);
        foreach (var file in new[] { "report.md", "report.html", "radar.png" })
        {
            new FileInfo(Path.Combine(dir, file)).Length.Should().BeGreaterThan(100, file);
        }
    }

    [Fact]
    public void InteractiveReadme_Options_Registers()
    {
        var act = () => InteractiveReadme.Options(CanonicalInstruments.Short);
        act.Should().NotThrow();
    }

    [Fact]
    public void DependencyInjectionReadme_Register_ResolvesBothEnginesAndTheEnricher()
    {
        Repo.EnterScratch();
        var norms = JsonFormats.NormTable.Read(File.ReadAllText("samples/data/norms.json")).GetValueOrThrow();
        var (engine, research) = DependencyInjectionReadme.Register(CanonicalInstruments.Short, norms);

        var profile = engine.Score(ShortAnswers("T1")).Profile!;
        profile.Extensions.GetValueOrDefault(TeamEnricher.Team).Should().Be("sales");
        research.Fingerprint.Should().NotBe(engine.Fingerprint);
        research.Score(ShortAnswers()).Profile!.Norms.Should().NotBeEmpty("the research engine uses the norm table");
    }

    [Fact]
    public void GettingStarted_ScoreKeyed_LeansToLeadership()
    {
        var result = GettingStartedGuide.ScoreKeyed();
        result.IsScored.Should().BeTrue();
        result.Profile!.Overall.Leadership.Should().BeApproximately(0.75, 1e-9, "every leadership item answered 4 of 5");
        result.Profile.Overall.Quadrant.Should().Be(Quadrant.Leader);
        GettingStartedGuide.ReadProfile(result);
    }

    [Fact]
    public void GettingStarted_ScoreSpan_IsAPeerRatingOfAda()
    {
        var profile = GettingStartedGuide.ScoreSpan(ShortEngine).Profile!;
        profile.TargetId.Should().Be("ada");
        profile.Role.Should().Be(RaterRole.Peer);
        profile.Diagnostics.ItemsAnswered.Should().BeLessThan(CanonicalInstruments.Short.Items.Count);
        GettingStartedGuide.ReadProfile(ShortEngine.Score(ResponseSet.Create("nope", "1", "x", [])));
    }

    [Fact]
    public void Instruments_InCode_Scores()
    {
        var pulse = InstrumentsGuide.InCode();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(pulse).Build();
        var profile = engine.Score(ResponseSet.Create(pulse, "ada", [7, 1, 7, 4, 4, 6, 5])).Profile!;
        profile.GetDimension("control-influence")!.Value.Management!.Value.Score.Should().Be(1, "7 and a reversed 1 are both the top");
        profile.Constructs.Should().ContainSingle();
    }

    [Fact]
    public void Instruments_Validate_NamesTheUnknownDimension()
        => InstrumentsGuide.Validate().Should().Contain(e => e.Code == InstrumentErrorCodes.UnknownTarget && e.Path.Contains("items[0]"));

    [Fact]
    public void Instruments_FromJson_ReadsTheSample()
    {
        Repo.EnterScratch();
        InstrumentsGuide.FromJson()!.Id.Should().Be("canonical-short");
    }

    [Fact]
    public void Instruments_Forms_DifferBetweenSelfAndObserver()
    {
        var (self, observer) = InstrumentsGuide.Forms();
        observer.Should().NotBe(self);
    }

    [Fact]
    public void Engine_Register_RunsEveryPlugin()
    {
        var (engine, observer) = EngineGuide.Register();
        var profile = engine.Score(ShortAnswers()).Profile!;
        profile.Overall.ProfileType.Should().BeOneOf("leans to leadership", "leans to management", "balanced");
        profile.Extensions.Count.Should().Be(2);
        observer.Scored.Should().Be(2);
        engine.Score(ResponseSet.Create("nope", "1", "x", []));
        observer.Rejected.Should().Be(1);
    }

    [Fact]
    public void Engine_MedianScorer_IsTheMedian()
    {
        var scorer = new MedianScaleScorer();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(InstrumentsGuide.InCode()).UseScaleScorer(scorer).Build();
        // control-influence leadership has one item (c-l1): 7 on 1..7 is 1.0; management: 4 and reversed 2 (=6) on 1..7.
        var profile = engine.Score(ResponseSet.Create(InstrumentsGuide.InCode(), "ada", [4, 2, 7, 4, 4, 4, 4])).Profile!;
        profile.GetDimension("control-influence")!.Value.Management!.Value.Score.Should().BeApproximately(((3.0 / 6) + (5.0 / 6)) / 2, 1e-12);
    }

    [Fact]
    public void Engine_FailureIsolation_NamesTheEnricher() => EngineGuide.FailureIsolation().Diagnostics.PluginFailures
        .Should().ContainSingle().Which.PluginName.Should().Be("faulty");

    [Fact]
    public void Engine_Fingerprints_DifferAndAreInTheProvenance()
    {
        var (a, b, provenance) = EngineGuide.Fingerprints();
        a.Should().NotBe(b);
        provenance.OptionsFingerprint.Should().Be(a);
    }

    [Fact]
    public void Research_SimulateNormsFeedback_Run()
    {
        var sample = ResearchGuide.Simulate();
        sample.ResponseSets.Count.Should().Be(40 * 5);
        ResearchGuide.BuildNorms(sample).Indices.Should().NotBeEmpty();
        var document = ResearchGuide.Feedback(sample);
        document.Targets.Count.Should().Be(40);
        document.Targets[0].Report.Groups.Should().Contain(g => g.RaterCount == 3, "three peers meet the threshold");
    }

    [Fact]
    public void Authority_Snippets_Run()
    {
        AuthorityGuide.Snapshot().FollowerConferredShare.Should().BeGreaterThan(0.5);
        AuthorityGuide.Simulate().Steps.Should().NotBeEmpty();
    }

    [Fact]
    public void Hosting_Plugins_AreResolvedFromTheContainer()
    {
        var pulse = InstrumentsGuide.InCode();
        var (engine, observer) = HostingGuide.Plugins(pulse);

        var profile = engine.Score(ResponseSet.Create(pulse, "ada", [4, 2, 7, 4, 4, 4, 4])).Profile!;

        profile.GetDimension("control-influence")!.Value.Management!.Value.Score.Should().BeApproximately(((3.0 / 6) + (5.0 / 6)) / 2, 1e-12, "the median scorer");
        profile.Overall.ProfileType.Should().BeOneOf("leans to leadership", "leans to management", "balanced");
        profile.Extensions.GetValueOrDefault(StrongestPoleEnricher.StrongestPole).Should().Be("control-influence/leadership");
        observer.Scored.Should().Be(1);
    }
}
