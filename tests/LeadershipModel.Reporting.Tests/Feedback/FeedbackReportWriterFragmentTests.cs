using System.Text.RegularExpressions;
using LeadershipModel.Feedback;
using LeadershipModel.Instruments;
using LeadershipModel.Reporting.Feedback;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Tests.Feedback;

public sealed partial class FeedbackReportWriterFragmentTests
{
    private static FeedbackDocument Feedback(string target = "T1")
    {
        var instrument = CanonicalInstruments.Short;
        var roles = new[] { RaterRole.Self, RaterRole.Manager, RaterRole.Peer, RaterRole.Peer, RaterRole.Peer };
        var sets = roles.Select((role, k) => ResponseSet.Create(instrument.Id, instrument.Version, role == RaterRole.Self ? target : $"rater-{k}",
            instrument.Items.Select((item, i) => new KeyValuePair<string, double?>(item.Id, 1 + ((i * 7 + k * 3) % 5))), role, target)).ToList();
        var engine = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        return FeedbackDocumentBuilder.Build(engine, instrument, sets).Document;
    }

    [Fact]
    public void RenderFragment_Feedback_IsScopedDivWithThePagesSectionsAndNoDocument()
    {
        var document = Feedback();
        var page = FeedbackReportWriter.Render("html", document, document.Targets[0], DimensionSet.Canonical);

        var fragment = FeedbackReportWriter.RenderFragment(document, document.Targets[0], DimensionSet.Canonical, "person-");

        fragment.Should().StartWith("<div class=\"leadership-model-report\">\n<style>\n").And.EndWith("</div>\n");
        fragment.Should().NotContain("<!DOCTYPE").And.NotContain("<body").And.NotContain("<h1").And.NotContain("\nbody {");
        fragment.Should().Contain(".leadership-model-report .notice {").And.Contain("<svg");
        Headings(fragment).Should().Equal(Headings(page));
        Ids(fragment).Should().NotBeEmpty().And.OnlyContain(id => id.StartsWith("person-", StringComparison.Ordinal));
        fragment.Should().NotContain("rater-", "no rater id reaches the person's report");
    }

    [Fact]
    public void RenderFragment_ScriptInTheTargetId_IsEncoded()
    {
        var document = Feedback("<script>alert(1)</script>");

        var fragment = FeedbackReportWriter.RenderFragment(document, document.Targets[0], DimensionSet.Canonical);

        fragment.Should().NotContainEquivalentOf("<script");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a b")]
    public void RenderFragment_InvalidIdPrefix_Throws(string prefix)
    {
        var document = Feedback();

        var act = () => FeedbackReportWriter.RenderFragment(document, document.Targets[0], DimensionSet.Canonical, prefix);

        act.Should().Throw<ArgumentException>().WithParameterName("idPrefix");
    }

    private static List<string> Headings(string html) => Heading().Matches(html).Select(m => m.Groups[1].Value).ToList();

    private static List<string> Ids(string html) => Id().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<h2>(.*?)</h2>")]
    private static partial Regex Heading();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();
}
