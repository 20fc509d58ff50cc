using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;
using LeadershipModel.Tests.Scoring;

namespace LeadershipModel.Tests.Responses;

public sealed class ResponseSetCreateTests
{
    [Fact]
    public void Create_DictionaryOfDoubles_EqualsNullableOverload()
    {
        var answers = new Dictionary<string, double> { ["AM1"] = 4, ["AL1"] = 2 };

        var set = ResponseSet.Create("small", "1.0", "r1", answers, RaterRole.Peer, "t1");

        var expected = ResponseSet.Create("small", "1.0", "r1", [KeyValuePair.Create("AM1", (double?)4), KeyValuePair.Create("AL1", (double?)2)], RaterRole.Peer, "t1");
        set.Should().Be(expected);
        set.Answers.Select(a => a.ItemId).Should().Equal("AM1", "AL1");
    }

    [Fact]
    public void Create_ItemOrderedSpan_KeysAnswersByInstrumentItems()
    {
        var instrument = TestInstruments.Small();
        double[] values = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, double.NaN, 3];

        var set = ResponseSet.Create(instrument, "r1", values);

        set.InstrumentId.Should().Be("small");
        set.InstrumentVersion.Should().Be("1.0");
        set.Role.Should().Be(RaterRole.Self);
        set.Answers.Select(a => a.ItemId).Should().Equal(instrument.Items.Select(i => i.Id));
        set.Answers[0].Value.Should().Be(1);
        set.Answers[11].Value.Should().BeNull("NaN marks a skipped item");
        set.Answers[12].Value.Should().Be(3);
    }

    [Fact]
    public void Create_ItemOrderedSpan_ScoresAsTheKeyedOverload()
    {
        var instrument = TestInstruments.Small();
        double[] values = [5, 1, 4, 4, 2, 3, 5, 5, 4, 4, 5, 2, 1];
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();

        var fromSpan = engine.Score(ResponseSet.Create(instrument, "r1", values));
        var keyed = engine.Score(TestInstruments.AllAnswered(instrument, values));

        fromSpan.Profile.Should().Be(keyed.Profile);
    }

    [Fact]
    public void Create_SpanOfWrongLength_ThrowsNamingBothCounts()
    {
        var instrument = TestInstruments.Small();

        var act = () => ResponseSet.Create(instrument, "r1", new double[] { 1, 2, 3 });

        act.Should().Throw<ArgumentException>().WithParameterName("answers")
            .WithMessage("*13 items, but 3 answers*");
    }
}
