using System.Reflection;

namespace LeadershipModel.Tests.Architecture;

/// <summary>Reflection tests in the manner of NodaTime's MutabilityTest: the public domain model is immutable.</summary>
public sealed class DomainTypeShapeTests
{
    private static readonly Assembly Core = typeof(Dimension).Assembly;

    public static TheoryData<Type> PublicClasses()
    {
        var data = new TheoryData<Type>();
        foreach (var t in Core.GetExportedTypes().Where(t => t.IsClass && !t.IsAbstract || t.IsClass && t.IsSealed))
        {
            data.Add(t);
        }

        return data;
    }

    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var t in Core.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !t.IsSubclassOf(typeof(Delegate))))
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void PublicClass_IsSealedOrStatic(Type type) =>
        type.IsSealed.Should().BeTrue($"{type.FullName} is a public class and must be sealed (or static)");

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

            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
            isInit.Should().BeTrue($"{type.Name}.{property.Name} has a public setter; only init is allowed");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicMutableFields(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Should().BeEmpty($"{type.Name} must not expose mutable fields");

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBcl()
    {
        Core.GetReferencedAssemblies().Select(a => a.Name!)
            .Should().OnlyContain(n => n.StartsWith("System", StringComparison.Ordinal) || n == "netstandard" || n == "mscorlib");
    }
}
