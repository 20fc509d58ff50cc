#if !NET9_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>
/// The C# 13 overload-priority attribute, declared for net8.0 where the BCL lacks it (the compiler matches it by name),
/// so that <c>ResponseSet.Create(…, [])</c> binds to the same overload on every target.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class OverloadResolutionPriorityAttribute(int priority) : Attribute
{
    /// <summary>Gets the priority: higher wins among applicable overloads.</summary>
    public int Priority { get; } = priority;
}
#endif
