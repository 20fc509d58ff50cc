using LeadershipModel.Extensions.DependencyInjection;
using LeadershipModel.Tests.Shared;

namespace LeadershipModel.Extensions.DependencyInjection.Tests;

/// <summary>The package's rules: what it may depend on, and that its public types are immutable.</summary>
public sealed class PackageRulesTests
{
    private static readonly System.Reflection.Assembly Package = typeof(LeadershipModelBuilder).Assembly;

    [Fact]
    public void Package_ReferencesOnlyItsAllowedDependencies()
    {
        // Dependency injection: the core and Microsoft.Extensions.* only.
        PackageRules.ForeignReferences(Package, "LeadershipModel", "Microsoft.Extensions.*").Should().BeEmpty();
    }

    [Fact]
    public void Package_PublicTypesAreImmutable()
    {
        PackageRules.MutableMembers(Package).Should().BeEmpty();
    }
}
