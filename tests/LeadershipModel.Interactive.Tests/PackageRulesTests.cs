
using LeadershipModel.Tests.Shared;

namespace LeadershipModel.Interactive.Tests;

/// <summary>The package's rules: what it may depend on, and that its public types are immutable.</summary>
public sealed class PackageRulesTests
{
    private static readonly System.Reflection.Assembly Package = typeof(LeadershipModel.Interactive.LeadershipModelFormatters).Assembly;

    [Fact]
    public void Package_ReferencesOnlyItsAllowedDependencies()
    {
        // Notebook formatters: the core, Reporting, Analysis (whose results they format) and .NET Interactive.
        PackageRules.ForeignReferences(Package, "LeadershipModel", "LeadershipModel.Reporting", "LeadershipModel.Analysis", "Microsoft.DotNet.Interactive*", "Microsoft.AspNetCore.Html.Abstractions").Should().BeEmpty();
    }

    [Fact]
    public void Package_PublicTypesAreImmutable()
    {
        PackageRules.MutableMembers(Package).Should().BeEmpty();
    }
}
