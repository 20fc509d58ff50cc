using LeadershipModel.Analysis.Matrix;
using LeadershipModel.Tests.Shared;

namespace LeadershipModel.Analysis.Tests;

/// <summary>The package's rules: what it may depend on, and that its public types are immutable.</summary>
public sealed class PackageRulesTests
{
    private static readonly System.Reflection.Assembly Package = typeof(ResponseMatrix).Assembly;

    [Fact]
    public void Package_ReferencesOnlyItsAllowedDependencies()
    {
        // Analysis: the core, Sep (CSV) and MathNet.Numerics; never Reporting.
        PackageRules.ForeignReferences(Package, "LeadershipModel", "Sep", "MathNet.Numerics").Should().BeEmpty();
    }

    [Fact]
    public void Package_PublicTypesAreImmutable()
    {
        PackageRules.MutableMembers(Package).Should().BeEmpty();
    }
}
