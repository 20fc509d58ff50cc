using System.Runtime.CompilerServices;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Argument checks shared by the reporting types.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Value must not be empty or white space.", name) : value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value < min || value > max ? throw new ArgumentOutOfRangeException(name, value, $"Value must lie in [{min}, {max}].") : value;
}
