using LeadershipModel.Reporting.Text;
using LeadershipModel.Reporting;
using LeadershipModel.Tests.Shared;

namespace LeadershipModel.Reporting.Tests;

/// <summary>The package's rules: what it may depend on, and that its public types are immutable.</summary>
public sealed class PackageRulesTests
{
    private static readonly System.Reflection.Assembly Package = typeof(TextReport).Assembly;

    [Fact]
    public void Package_ReferencesOnlyItsAllowedDependencies()
    {
        // Reporting: the core, ScottPlot (and its SkiaSharp) and a PDF library; never Analysis. The 360 section
        // still reads Analysis's FeedbackAggregator until it moves to the core (issue 13): remove the
        // "LeadershipModel.Analysis" allowance below when it does.
        PackageRules.ForeignReferences(Package, "LeadershipModel", "ScottPlot", "SkiaSharp*", "LeadershipModel.Analysis").Should().BeEmpty();
    }

    [Fact]
    public void Package_PublicTypesAreImmutable()
    {
        PackageRules.MutableMembers(Package).Should().BeEmpty();
    }
}
