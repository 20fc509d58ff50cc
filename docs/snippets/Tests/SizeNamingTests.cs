using System.Collections;
using System.Collections.Immutable;
using System.Reflection;

namespace LeadershipModel.Snippets.Tests;

/// <summary>
/// The rule the getting-started guide states: collections have <c>Count</c>; only spans, memory and arrays have
/// <c>Length</c>, and no public property hands out an array or an <c>ImmutableArray</c> (whose size is <c>Length</c>).
/// </summary>
public sealed class SizeNamingTests
{
    private static readonly Assembly[] Packages =
    [
        typeof(Scoring.ScoringEngine).Assembly,
        typeof(Analysis.Reliability.ReliabilityAnalysis).Assembly,
        typeof(Reporting.ReportOptions).Assembly,
        typeof(Extensions.DependencyInjection.ScoringEngineProvider).Assembly,
        typeof(Interactive.LeadershipModelFormatters).Assembly,
    ];

    [Fact]
    public void PublicTypes_NoPropertyNamedLength()
        => PublicProperties().Where(p => p.Name == "Length").Select(Describe).Should().BeEmpty();

    [Fact]
    public void PublicCollections_HaveCount()
        => Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(IEnumerable).IsAssignableFrom(t) && t != typeof(string) && !t.IsInterface && !t.IsAbstract)
            .Where(t => t.GetProperty("Count", BindingFlags.Public | BindingFlags.Instance) is null)
            .Select(t => t.FullName)
            .Should().BeEmpty();

    [Fact]
    public void PublicProperties_ReturnNoArrays()
        => PublicProperties()
            .Where(p => p.PropertyType.IsArray || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
            .Select(Describe)
            .Should().BeEmpty();

    [Fact]
    public void SpanLikeProperties_AreTheDocumentedOnes()
        => PublicProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var g && (g == typeof(ReadOnlyMemory<>) || g == typeof(Memory<>)))
            .Select(Describe)
            .Should().BeEquivalentTo(["LeadershipModel.Scoring.ScaleScoringArguments.Values"]);

    private static IEnumerable<PropertyInfo> PublicProperties() => Packages
        .SelectMany(a => a.GetExportedTypes())
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    private static string Describe(PropertyInfo p) => $"{p.DeclaringType!.FullName}.{p.Name}";
}
