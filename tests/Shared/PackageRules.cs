using System.Reflection;
using System.Runtime.CompilerServices;

namespace LeadershipModel.Tests.Shared;

/// <summary>
/// The rules every package states in its own test project: which assemblies it may reference (a dependency rule over
/// assembly references), and that its public types are immutable (reflection, as NodaTime's MutabilityTest).
/// </summary>
internal static class PackageRules
{
    /// <summary>Lists the assemblies referenced that are neither the BCL nor named (or prefixed) in <paramref name="allowed"/>.</summary>
    public static IEnumerable<string> ForeignReferences(Assembly assembly, params string[] allowed)
        => assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !IsBcl(n) && !allowed.Any(a => n == a || (a.EndsWith('*') && n.StartsWith(a[..^1], StringComparison.Ordinal))))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Lists every way a public type of the assembly can be changed after it is made: a public class that is neither
    /// sealed nor static nor abstract, a public setter other than <c>init</c>, or a public field that is not read-only.
    /// Types in <paramref name="mutableByDesign"/> (builders, writers, readers, options bound by configuration) are left out.
    /// </summary>
    public static IEnumerable<string> MutableMembers(Assembly assembly, params Type[] mutableByDesign)
    {
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !t.IsSubclassOf(typeof(Delegate)) && !mutableByDesign.Contains(t)))
        {
            if (type.IsClass && !type.IsSealed && !type.IsAbstract)
            {
                yield return $"{type.FullName} is neither sealed nor static nor abstract";
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    yield return $"{type.FullName}.{property.Name} has a public setter";
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(f => !f.IsLiteral && !f.IsInitOnly))
            {
                yield return $"{type.FullName}.{field.Name} is a mutable public field";
            }
        }
    }

    private static bool IsBcl(string name)
        => name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "Microsoft.Win32.Primitives";
}
