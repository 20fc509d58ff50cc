using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring;

public sealed class ScoringEngineRejectionTests
{
    private static readonly Instrument Small = TestInstruments.Small();

    private static ScoringEngine Engine(InvalidAnswerPolicy policy = InvalidAnswerPolicy.Reject) =>
        ScoringEngine.CreateBuilder().AddInstrument(Small).UseAnswerValidation(policy).Build();

    private static (string, double?)[] Valid() => Small.Items.Select(i => (i.Id, (double?)3)).ToArray();

    [Fact]
    public void Score_UnknownInstrument_RejectsNamingIt()
    {
        var set = ResponseSet.Create("nope", "1.0", "r1", []);
        var r = Engine().Score(set);
        r.IsScored.Should().BeFalse();
        r.Rejection!.Reasons.Should().ContainSingle().Which.Code.Should().Be(RejectionCodes.UnknownInstrument);
        r.Rejection.Reasons[0].Message.Should().Contain("'nope'").And.Contain("small");
    }

    [Fact]
    public void Score_WrongVersion_RejectsListingKnownVersions()
    {
        var set = ResponseSet.Create("small", "9.9", "r1", []);
        var reason = Engine().Score(set).Rejection!.Reasons.Single();
        reason.Code.Should().Be(RejectionCodes.WrongVersion);
        reason.Message.Should().Contain("'9.9'").And.Contain("1.0");
    }

    [Fact]
    public void Score_SeveralBadAnswers_ListsEveryReason()
    {
        var answers = Valid().ToList();
        answers.Add(("XX", 3));
        answers[0] = ("AM1", 6);
        answers[1] = ("AM2", 2.5);
        answers[2] = ("AL1", double.NaN);
        answers.Add(("BL1", 2));
        var r = Engine().Score(TestInstruments.Answers(Small, [.. answers]));
        r.Rejection!.Reasons.Select(x => (x.Code, x.ItemId)).Should().BeEquivalentTo(new[]
        {
            (RejectionCodes.OutOfRange, (string?)"AM1"),
            (RejectionCodes.OutOfRange, "AM2"),
            (RejectionCodes.OutOfRange, "AL1"),
            (RejectionCodes.UnknownItem, "XX"),
            (RejectionCodes.DuplicateAnswer, "BL1"),
        });
        r.Rejection.Reasons.Single(x => x.ItemId == "AM1").Message.Should().Contain("outside the scale (1 to 5)");
        r.Rejection.Reasons.Single(x => x.ItemId == "AM2").Message.Should().Contain("not a whole number");
        r.Rejection.Reasons.Single(x => x.ItemId == "AL1").Message.Should().Contain("not a finite number");
        r.Rejection.RespondentId.Should().Be("r1");
    }

    [Fact]
    public void Score_TreatAsMissing_DropsBadAnswersAndRecordsThem()
    {
        var answers = Valid().ToList();
        answers[0] = ("AM1", 9);
        answers.Add(("XX", 1));
        var p = Engine(InvalidAnswerPolicy.TreatAsMissing).Score(TestInstruments.Answers(Small, [.. answers])).Profile!;
        p.GetDimension("alpha")!.Value.Management!.Value.ItemsAnswered.Should().Be(1);
        p.Diagnostics.AdjustedAnswers.Should().BeEquivalentTo(new[]
        {
            new AnswerAdjustment("AM1", 9, null, RejectionCodes.OutOfRange),
            new AnswerAdjustment("XX", 1, null, RejectionCodes.UnknownItem),
        });
        p.Diagnostics.Flags.Should().Contain(f => f.Code == DiagnosticCodes.AnswerAdjusted);
    }

    [Fact]
    public void Score_Clamp_ClampsToNearestAllowedValue()
    {
        var answers = Valid().ToList();
        answers[0] = ("AM1", 9);
        answers[2] = ("AL1", 0);
        answers[3] = ("AL2", 3.6);
        var p = Engine(InvalidAnswerPolicy.Clamp).Score(TestInstruments.Answers(Small, [.. answers])).Profile!;
        p.Diagnostics.AdjustedAnswers.Select(a => (a.ItemId, a.Adjusted)).Should().Equal(("AM1", 5.0), ("AL1", 1.0), ("AL2", 4.0));
        // alpha M = mean(1, .5) = .75; L = mean(0, .75) = .375
        p.GetDimension("alpha")!.Value.Position.Management.Should().Be(0.75);
        p.GetDimension("alpha")!.Value.Position.Leadership.Should().Be(0.375);
    }

    [Fact]
    public void Score_DuplicateAnswer_RejectsUnderEveryPolicy()
    {
        foreach (var policy in Enum.GetValues<InvalidAnswerPolicy>())
        {
            var answers = Valid().Append(("R1", 2)).ToArray();
            Engine(policy).Score(TestInstruments.Answers(Small, answers)).Rejection!.Reasons.Should().ContainSingle()
                .Which.Code.Should().Be(RejectionCodes.DuplicateAnswer);
        }
    }

    [Fact]
    public void Score_NothingScorable_RejectsWithInsufficientData()
    {
        // one of three referent items is below the 50% every scale needs; an explicit null is a skipped item
        var set = TestInstruments.Answers(Small, ("AL1", null), ("R1", 4));
        var reason = Engine().Score(set).Rejection!.Reasons.Single();
        reason.Code.Should().Be(RejectionCodes.InsufficientData);
        reason.Step.Should().Be(PipelineSteps.MissingData);
        reason.Message.Should().Contain("1 of 13 items answered");
    }

    [Fact]
    public void Score_ScaleBelowMinimumShare_IsNotScoredAndFlagged()
    {
        var answers = Valid().Where(a => a.Item1 is not ("R1" or "R2")).ToArray();
        var p = Engine().Score(TestInstruments.Answers(Small, answers)).Profile!;
        var referent = p.Scales.Single(s => s.Target.Kind == ItemTargetKind.PowerBase);
        referent.Status.Should().Be(ScaleStatus.TooFewAnswered);
        referent.Score.Should().BeNull();
        p.Authority.Should().BeNull();
        p.Diagnostics.Flags.Should().Contain(f => f.Code == DiagnosticCodes.TooFewAnswered && f.Scope == "base/referent");
    }

    [Fact]
    public void Score_OnePoleUnscored_HasNoIntegration()
    {
        var answers = Valid().Where(a => a.Item1 is not ("AL1" or "AL2")).ToArray();
        var alpha = Engine().Score(TestInstruments.Answers(Small, answers)).Profile!.GetDimension("alpha")!.Value;
        alpha.Position.Management.Should().Be(0.5);
        alpha.Position.Leadership.Should().BeNull();
        alpha.Position.Integration.Should().BeNull();
        alpha.Position.Quadrant.Should().BeNull();
    }

    [Fact]
    public void Score_HostValidator_RejectsWithItsName()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddResponseValidator("consent", a => { if (a.ResponseSet.RespondentId == "r1") { a.Reject("no consent on file"); } })
            .Build();
        var reason = engine.Score(TestInstruments.Answers(Small, Valid())).Rejection!.Reasons.Single();
        reason.Code.Should().Be(RejectionCodes.HostValidation);
        reason.Message.Should().Be("consent: no consent on file");
    }

    [Fact]
    public void Score_ThrowingValidator_RejectsNamingThePlugin()
    {
        var engine = ScoringEngine.CreateBuilder().AddInstrument(Small)
            .AddResponseValidator("broken", _ => throw new InvalidOperationException("boom"))
            .Build();
        var reason = engine.Score(TestInstruments.Answers(Small, Valid())).Rejection!.Reasons.Single();
        reason.Code.Should().Be(RejectionCodes.PluginFailed);
        reason.Message.Should().Contain("'broken'").And.Contain("boom");
    }
}
