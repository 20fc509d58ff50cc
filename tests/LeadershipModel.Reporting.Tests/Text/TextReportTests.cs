using System.Globalization;
using LeadershipModel.Reporting.Text;
using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Tests.Text;

public sealed class TextReportTests
{
    [Fact]
    public void Render_Canonical_ContainsEveryPoleLabelAndInvariantNumbers()
    {
        var profile = TestProfiles.CanonicalProfile();
        var previous = CultureInfo.CurrentCulture;
        string text;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            text = TextReport.Render(profile, DimensionSet.Canonical);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        foreach (var d in CanonicalDimensions.All)
        {
            var score = profile.GetDimension(d.Id)!.Value.Position;
            text.Should().Contain(d.Name)
                .And.Contain(d.ManagementPole.Label + "  M " + score.Management!.Value.ToString("F2", CultureInfo.InvariantCulture))
                .And.Contain("L " + score.Leadership!.Value.ToString("F2", CultureInfo.InvariantCulture) + "  " + d.LeadershipPole.Label)
                .And.Contain("integration " + score.Integration!.Value.ToString("F2", CultureInfo.InvariantCulture));
        }

        text.Should().NotMatchRegex(@"\d,\d\d");
    }

    [Fact]
    public void Render_Canonical_ShowsOverallAuthorityNormsDiagnosticsAndProvenance()
    {
        var profile = TestProfiles.CanonicalProfile();

        var text = TextReport.Render(profile, DimensionSet.Canonical);

        text.Should().Contain("Overall").And.Contain("Profile type").And.Contain(profile.Overall.ProfileType!);
        text.Should().Contain("Power bases:").And.Contain("legitimate").And.Contain("referent").And.Contain("coercive");
        text.Should().Contain("Sources:").And.Contain("positional").And.Contain("expertise").And.Contain("character");
        text.Should().Contain("Follower-conferred share  " + profile.Authority!.FollowerConferredShare!.Value.ToString("F2", CultureInfo.InvariantCulture));
        text.Should().Contain("Expected commitment").And.Contain("Expected compliance").And.Contain("Expected resistance").And.Contain("Influence strength").And.Contain("No influence");
        text.Should().Contain("Norms").And.Contain("leadership").And.Contain("Percentile");
        text.Should().Contain("Diagnostics").And.Contain("Items answered").And.Contain("Provenance").And.Contain("canonical-test");
    }

    [Fact]
    public void Render_Canonical_AlignsEveryBar()
    {
        var text = TextReport.Render(TestProfiles.CanonicalProfile(), DimensionSet.Canonical);

        var columns = text.Split('\n').Where(l => l.Contains('◀')).Select(l => l.IndexOf('◀')).ToList();
        columns.Should().HaveCount(19).And.OnlyContain(c => c == columns[0]);
    }

    [Fact]
    public void Render_Default_DrawsUnicodeBarWithMarkerAtTheOrientation()
    {
        var profile = TestProfiles.Score(TestProfiles.Small(), i => i switch { 0 => 5, 1 => 1, 2 => 5, 3 => 5, _ => 3 });

        var text = TextReport.Render(profile, TestProfiles.Small().Dimensions, new ReportOptions { BarWidth = 11 });

        // alpha: M = 1, L = 1 → orientation 0, the marker sits on the centre.
        text.Should().Contain("Manage alpha  M 1.00  ◀─────●─────▶  L 1.00  Lead alpha");
    }

    [Fact]
    public void Render_AsciiOnly_HasOnlyAsciiCharacters()
    {
        var text = TextReport.Render(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, new ReportOptions { AsciiOnly = true });

        text.Should().Contain("<").And.Contain("|");
        text.Where(c => c > 127).Should().BeEmpty();
    }

    [Fact]
    public void Render_SmallInstrument_MarksWeakDimensionsAndExplains()
    {
        var instrument = TestProfiles.Small();

        var text = TextReport.Render(TestProfiles.Score(instrument, TestProfiles.Pattern), instrument.Dimensions);

        text.Should().Contain("1. Dimension alpha [weak]").And.Contain("Marks: weak: a pole rests on fewer than three items");
        text.Should().Contain("weak-scale").And.Contain("Constructs").And.Contain("safety");
    }

    [Fact]
    public void Render_BipolarOnly_ShowsOrientationWithoutStrengths()
    {
        var profile = TestProfiles.BipolarProfile();

        var text = TextReport.Render(profile, TestProfiles.BipolarOnly().Dimensions);

        text.Should().Contain("Manage alpha  ◀").And.Contain("▶  Lead alpha").And.Contain(" Manage beta  ◀").And.Contain("(bipolar items only)");
        text.Should().NotMatchRegex(@"\b[ML] \d\.\d\d").And.NotContain("quadrant ");
        text.Should().Contain("orientation " + (profile.Dimensions[0].Position.Orientation! > 0 ? "+" : "-"));
    }

    [Fact]
    public void Render_ControlCharactersInIds_AreReplaced()
    {
        var profile = TestProfiles.Score(TestProfiles.Small(), TestProfiles.Pattern, respondentId: "evil\u001b[31mred\r\nnext");

        var text = TextReport.Render(profile, TestProfiles.Small().Dimensions);

        text.Should().NotContain("\u001b").And.NotContain("\r").And.Contain("Respondent: evil [31mred  next");
    }

    [Fact]
    public void Render_GermanCulture_FormatsWithComma()
    {
        var text = TextReport.Render(TestProfiles.CanonicalProfile(), DimensionSet.Canonical, new ReportOptions { Culture = CultureInfo.GetCultureInfo("de-DE"), Decimals = 3 });

        text.Should().MatchRegex(@"M \d,\d\d\d");
    }

    [Fact]
    public void Render_SameProfileTwice_IdenticalText()
    {
        var profile = TestProfiles.CanonicalProfile();

        TextReport.Render(profile, DimensionSet.Canonical).Should().Be(TextReport.Render(profile, DimensionSet.Canonical));
    }

    [Fact]
    public void WriteAll_TwoProfiles_WritesBothInOrder()
    {
        using var writer = new StringWriter();

        TextReport.WriteAll(writer, [TestProfiles.CanonicalProfile("first"), TestProfiles.CanonicalProfile("second")], DimensionSet.Canonical);

        var text = writer.ToString();
        text.IndexOf("Respondent: first", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Respondent: second", StringComparison.Ordinal)).And.BeGreaterThan(-1);
    }

    [Fact]
    public void Render_DimensionMissingFromSet_UsesTheId()
    {
        var profile = TestProfiles.Score(TestProfiles.Small(), TestProfiles.Pattern);

        var text = TextReport.Render(profile, DimensionSet.Empty);

        text.Should().Contain("1. alpha").And.Contain("management  M ");
    }

    [Fact]
    public void Render_ProfileWithExtension_ShowsIt()
    {
        var profile = TestProfiles.Score(TestProfiles.Small(), TestProfiles.Pattern, note: "checked by host");

        TextReport.Render(profile, TestProfiles.Small().Dimensions).Should().Contain("Extensions").And.Contain("host-note  checked by host");
    }

    [Fact]
    public void Render_NoDimension_SaysSo()
    {
        var profile = TestProfiles.Score(TestProfiles.AuthorityOnly(), _ => 4);

        TextReport.Render(profile, DimensionSet.Empty).Should().Contain("The instrument measures no dimension.").And.Contain("Most likely outcome");
    }

    [Fact]
    public void Render_NullArguments_Throw()
    {
        var act = () => TextReport.Render(null!, DimensionSet.Canonical);
        act.Should().Throw<ArgumentNullException>();
    }

    internal static LeadershipProfile Any() => TestProfiles.CanonicalProfile();
}
