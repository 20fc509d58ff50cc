using System.Reflection;
using System.Runtime.CompilerServices;
using LeadershipModel.Analysis.Matrix;

namespace LeadershipModel.Analysis.Tests.Architecture;

/// <summary>The public surface of the analysis package is sealed and immutable, and every type states its thread safety.</summary>
public sealed class PublicTypeShapeTests
{
    private static readonly Assembly Analysis = typeof(ResponseMatrix).Assembly;

    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var t in Analysis.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum))
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicClass_IsSealedOrStatic(Type type) =>
        (type.IsValueType || type.IsSealed).Should().BeTrue($"{type.FullName} must be sealed or static");

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicSetterOtherThanInit(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                continue;
            }

            setter.ReturnParameter.GetRequiredCustomModifiers().Should().Contain(typeof(IsExternalInit), $"{type.Name}.{property.Name} may only have an init accessor");
        }
    }

    [Fact]
    public void XmlDocs_EveryPublicType_StatesThreadSafety()
    {
        var xml = File.ReadAllText(Path.ChangeExtension(Analysis.Location, ".xml"));
        foreach (var type in Analysis.GetExportedTypes().Where(t => !t.IsEnum))
        {
            var start = xml.IndexOf($"<member name=\"T:{type.FullName}\">", StringComparison.Ordinal);
            start.Should().BeGreaterThan(-1, $"{type.FullName} has XML docs");
            var end = xml.IndexOf("</member>", start, StringComparison.Ordinal);
            xml[start..end].Should().Contain("thread-safe", $"{type.FullName} states its thread safety");
        }
    }
}
