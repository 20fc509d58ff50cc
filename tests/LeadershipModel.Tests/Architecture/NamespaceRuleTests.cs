using System.Text.RegularExpressions;

namespace LeadershipModel.Tests.Architecture;

/// <summary>
/// The namespace rule of ARCHITECTURE.md, checked over the sources of every package: a type's namespace is the
/// package's name plus the first folder under the package (deeper folders only group files), and files at the
/// package's root are in the package's own namespace.
/// </summary>
public sealed partial class NamespaceRuleTests
{
    /// <summary>The one documented exception: extension methods on <c>IServiceCollection</c> live where the platform puts them.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["LeadershipModel.Extensions.DependencyInjection/DependencyInjection"] = "Microsoft.Extensions.DependencyInjection",
    };

    [Fact]
    public void EveryPackage_NamespaceIsPackagePlusFirstFolder()
    {
        var (checkedFiles, violations) = Check(Path.Combine(RepoRoot(), "src"));

        checkedFiles.Should().BeGreaterThan(300, "the rule must have read the packages' sources");
        violations.Should().BeEmpty();
    }

    [Fact]
    public void Check_NamesAFileWhoseNamespaceIgnoresItsFolder()
    {
        var src = Directory.CreateTempSubdirectory("namespace-rule-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(src, "Pkg", "Reliability", "Deeper"));
            File.WriteAllText(Path.Combine(src, "Pkg", "Root.cs"), "namespace Pkg;\n");
            File.WriteAllText(Path.Combine(src, "Pkg", "Reliability", "Deeper", "Good.cs"), "namespace Pkg.Reliability;\n");
            File.WriteAllText(Path.Combine(src, "Pkg", "Reliability", "Bad.cs"), "using System;\n\nnamespace Pkg;\n");

            var (checkedFiles, violations) = Check(src);

            checkedFiles.Should().Be(3);
            violations.Should().ContainSingle().Which.Should().Be("src/Pkg/Reliability/Bad.cs: namespace Pkg, expected Pkg.Reliability");
        }
        finally
        {
            Directory.Delete(src, recursive: true);
        }
    }

    private static (int CheckedFiles, List<string> Violations) Check(string srcRoot)
    {
        var violations = new List<string>();
        var checkedFiles = 0;
        foreach (var package in Directory.GetDirectories(srcRoot))
        {
            var packageName = Path.GetFileName(package);
            foreach (var file in Directory.EnumerateFiles(package, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(package, file).Replace('\\', '/');
                if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
                {
                    continue;
                }

                var match = NamespaceLine().Match(File.ReadAllText(file));
                if (!match.Success)
                {
                    continue; // assembly attributes only
                }

                checkedFiles++;
                var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : null;
                var expected = folder is null ? packageName
                    : Exceptions.TryGetValue($"{packageName}/{folder}", out var exception) ? exception
                    : $"{packageName}.{folder}";
                if (match.Groups[1].Value != expected)
                {
                    violations.Add($"src/{packageName}/{relative}: namespace {match.Groups[1].Value}, expected {expected}");
                }
            }
        }

        return (checkedFiles, violations);
    }

    [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadershipModel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadershipModel.sln not found above " + AppContext.BaseDirectory);
    }
}
