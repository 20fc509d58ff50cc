using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Feedback;

public sealed class FeedbackCommentTests
{
    private static readonly Instrument Instrument = CanonicalInstruments.Short;
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Instrument).Build();

    /// <summary>The sample of <see cref="FeedbackDocumentTests"/>, each rater writing two comments that name their own id.</summary>
    internal static List<ResponseSet> WithComments() => [.. FeedbackDocumentTests.Sample().Select(s => s with
    {
        Comments = [new("keep-doing", $"keep: written by {s.RespondentId}"), new("do-differently", $"change: written by {s.RespondentId}")],
    })];

    [Fact]
    public void CanonicalInstruments_AskTheTwoOpenQuestions()
        => Instrument.OpenQuestions.Select(q => q.Id).Should().Equal("keep-doing", "do-differently");

    [Fact]
    public void Comments_GoWithTheirGroup_Verbatim_QuestionsInInstrumentOrder()
    {
        var t1 = FeedbackDocumentBuilder.Build(Engine, Instrument, WithComments()).Document.Targets[0];

        t1.GetComments(FeedbackGroupKind.Peer).Select(c => c.Text).Should().BeEquivalentTo(
            ["keep: written by peer-a", "keep: written by peer-b", "keep: written by peer-c", "change: written by peer-a", "change: written by peer-b", "change: written by peer-c"]);
        t1.GetComments(FeedbackGroupKind.Peer).Select(c => c.QuestionId).Should().Equal("keep-doing", "keep-doing", "keep-doing", "do-differently", "do-differently", "do-differently");
        t1.GetComments(FeedbackGroupKind.Manager).Select(c => c.Text).Should().Equal("keep: written by boss-7", "change: written by boss-7");
        t1.GetComments(FeedbackGroupKind.CombinedOthers).Select(c => c.Text).Should().Contain("keep: written by dr-x").And.Contain("keep: written by oth-z");
        t1.CommentGroups.Should().NotContain(g => g.Kind == FeedbackGroupKind.Self || g.Kind == FeedbackGroupKind.DirectReport || g.Kind == FeedbackGroupKind.Other);
    }

    [Fact]
    public void Attack_RowOrder_DoesNotChangeTheCommentOrder()
    {
        // If the order followed the rows, knowing who answered first (a timestamp, a row number) would name the writer.
        var sets = WithComments();
        var expected = FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document.Targets[0].CommentGroups;

        var random = new Random(12345);
        for (var trial = 0; trial < 20; trial++)
        {
            var shuffled = sets.OrderBy(_ => random.Next()).ToList();
            FeedbackDocumentBuilder.Build(Engine, Instrument, shuffled).Document.Targets[0].CommentGroups.Should().Equal(expected);
        }
    }

    [Fact]
    public void Attack_OrderIsNotTheSortedOrderEither_AndIsDeterministic()
    {
        // Many comments: a seeded shuffle leaves them out of sorted order (sorted order would leak alphabetical ids).
        var sets = Enumerable.Range(0, 12).Select(k => ResponseSet.Create(Instrument.Id, Instrument.Version, $"p{k:00}",
            Instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, 1 + ((i + k) % 5))), RaterRole.Peer, "T9") with
        { Comments = [new("keep-doing", $"comment {k:00}")] }).ToList();

        var texts = FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document.Targets[0].GetComments(FeedbackGroupKind.Peer).Select(c => c.Text).ToList();

        texts.Should().BeEquivalentTo(sets.Select(s => s.Comments[0].Value));
        texts.Should().NotBeInAscendingOrder(StringComparer.Ordinal).And.NotBeInDescendingOrder(StringComparer.Ordinal);
        FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document.Targets[0].GetComments(FeedbackGroupKind.Peer).Select(c => c.Text).Should().Equal(texts);
    }

    [Fact]
    public void Attack_AWithheldGroupsComments_NeverAppear()
    {
        // One peer and one direct report: fewer than three even combined, so both are left out, comments and all.
        var sets = WithComments().Where(s => s.RespondentId is "T1" or "boss-7" or "peer-a" or "dr-x").ToList();

        var document = FeedbackDocumentBuilder.Build(Engine, Instrument, sets).Document;
        var t1 = document.Targets[0];
        var json = JsonFormats.Feedback.Write(document);

        t1.Withheld.Select(w => w.Group).Should().Contain([FeedbackGroupKind.Peer, FeedbackGroupKind.DirectReport]);
        json.Should().NotContain("peer-a").And.NotContain("dr-x");
        t1.CommentGroups.SelectMany(g => g.Comments).Select(c => c.Text).Should().Equal("keep: written by boss-7", "change: written by boss-7");
    }

    [Fact]
    public void Json_CarriesTheComments()
    {
        var json = JsonFormats.Feedback.Write(FeedbackDocumentBuilder.Build(Engine, Instrument, WithComments()).Document);

        json.Should().Contain("\"questionId\": \"keep-doing\"").And.Contain("keep: written by peer-b");
    }

    [Fact]
    public void Engine_RejectsACommentToAQuestionTheInstrumentLacks()
    {
        var set = FeedbackDocumentTests.Sample()[2] with { Comments = [new("favourite-colour", "blue")] };

        var result = Engine.Score(set);

        result.IsScored.Should().BeFalse();
        result.Rejection!.Reasons.Should().Contain(r => r.Code == RejectionCodes.UnknownQuestion && r.Message.Contains("favourite-colour", StringComparison.Ordinal));
        Engine.Score(FeedbackDocumentTests.Sample()[2] with { Comments = [new("keep-doing", "fine")] }).IsScored.Should().BeTrue();
    }
}
