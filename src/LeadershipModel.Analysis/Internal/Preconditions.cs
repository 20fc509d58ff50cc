using System.Runtime.CompilerServices;

namespace LeadershipModel.Analysis.Internal;

/// <summary>Argument checks shared by the analysis types, so that messages read the same everywhere.</summary>
internal static class Preconditions
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", name);
        }

        return value;
    }

    public static double? FiniteOrNull(double? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(name, v, "Value must be a finite number.");
        }

        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value is not a defined {typeof(T).Name}.");
        }

        return value;
    }

    /// <summary>Turns a figure that could not be computed (NaN or infinite) into <see langword="null"/>.</summary>
    public static double? Figure(double value) => double.IsFinite(value) ? value : null;
}
