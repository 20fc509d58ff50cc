using LeadershipModel.Instruments;

namespace LeadershipModel.Tests.Instruments;

/// <summary>The item-writing lint of issue 18 over both forms of the canonical 2.0.0 instruments, and the lint's own rules.</summary>
public sealed class ItemBankLintTests
{
    [Fact]
    public void CanonicalFull_PassesTheLint_OnTheSelfAndObserverForms()
        => ItemBankLint.Check(CanonicalInstruments.Full).Should().BeEmpty();

    [Fact]
    public void CanonicalShort_PassesTheLint_OnTheSelfAndObserverForms()
        => ItemBankLint.Check(CanonicalInstruments.Short).Where(f => !f.Contains("candidates", StringComparison.Ordinal)).Should().BeEmpty();

    [Fact]
    public void Version1_FailsTheLint_AsTheReviewFound()
    {
        var findings = ItemBankLint.Check(CanonicalInstruments.All.Single(i => i.Id == CanonicalInstruments.FullId && i.Version == CanonicalInstruments.Version1));

        findings.Should().Contain(f => f.StartsWith("EN-L1 (self)", StringComparison.Ordinal) && f.Contains("'not'"));
        findings.Should().NotContain(f => f.StartsWith("SS-M2 (self)", StringComparison.Ordinal) && f.Contains("negation"), "SS-M2 is reverse-keyed");
        findings.Should().Contain(f => f.StartsWith("VI-L1 (self)", StringComparison.Ordinal) && f.Contains("'or'"));
        findings.Should().Contain(f => f.Contains("fewer than 4", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I do not check the figures.", false, FormIds.Self, "negation 'not'")]
    [InlineData("I rarely check the figures.", false, FormIds.Self, "negation 'rarely'")]
    [InlineData("I don't check the figures.", false, FormIds.Self, "negation 'don't'")]
    [InlineData("I ask few questions.", false, FormIds.Self, "negation 'few'")]
    [InlineData("I plan and review the work.", false, FormIds.Self, "'and'")]
    [InlineData("I always check the figures.", false, FormIds.Self, "absolute 'always'")]
    [InlineData("This person believes in the plan.", false, FormIds.Observer, "inner-state word 'believes'")]
    [InlineData("I check the figures that the people who work with me in the office send me every single week of the year.", false, FormIds.Self, "words, over 20")]
    public void CheckText_FlagsEachRule(string text, bool reversed, string form, string expected)
        => ItemBankLint.CheckText("X1", form, text, reversed).Should().Contain(f => f.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("I believe in the plan.", FormIds.Self)]
    [InlineData("This person checks the figures.", FormIds.Observer)]
    [InlineData("I plan a few years ahead.", FormIds.Self)]
    public void CheckText_AcceptsACleanItem_AndInnerStatesOnTheSelfForm(string text, string form)
        => ItemBankLint.CheckText("X1", form, text, reversed: false).Should().BeEmpty();

    [Fact]
    public void CheckText_AllowsANegationInAReverseKeyedItem()
        => ItemBankLint.CheckText("X1", FormIds.Self, "I seldom check the figures.", reversed: true).Should().BeEmpty();
}
