using System.Runtime.CompilerServices;

namespace LeadershipModel.Internal;

/// <summary>
/// Argument checks shared by every public type, so that messages read the same everywhere. The one guard helper of
/// all the packages: the others compile this file in (see src/Directory.Build.props).
/// </summary>
internal static class Preconditions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be a finite number.");
        }

        return value;
    }

    public static double? FiniteOrNull(double? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is { } v ? Finite(v, name) : null;

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value must lie in [{min}, {max}].");
        }

        return value;
    }

    public static double? InRangeOrNull(double? value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is { } v ? InRange(v, min, max, name) : null;

    public static double UnitInterval(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => InRange(value, 0, 1, name);

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value must lie in [{min}, {max}].");
        }

        return value;
    }

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Value must be positive.");
        }

        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        // The throw is in a method of its own so that this check inlines (the authority model makes a few per set).
        return DefinedValues<T>.Contains(value) ? value : NotDefined(value, name);
    }

    /// <summary>A kebab-case identifier: lower-case ASCII letters and digits in groups joined by single hyphens.</summary>
    public static string KebabId(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        NotBlank(value, name);
        if (!IsKebabId(value!))
        {
            throw new ArgumentException($"'{value}' is not a kebab-case identifier (lower-case letters and digits joined by single hyphens, such as 'control-influence').", name);
        }

        return value!;
    }

    public static bool IsKebabId(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (previousHyphen)
                {
                    return false;
                }

                previousHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static T NotDefined<T>(T value, string? name)
        where T : struct, Enum
        => throw new ArgumentOutOfRangeException(name, value, $"Value is not a defined {typeof(T).Name}.");

    /// <summary>
    /// The named values of an enum, read once: <see cref="Enum.IsDefined{TEnum}(TEnum)"/> looks the type's values up
    /// on every call, which showed in the scoring engine's profile (several checks per scored set).
    /// </summary>
    private static class DefinedValues<T>
        where T : struct, Enum
    {
        private static readonly T[] Values = Enum.GetValues<T>();

        /// <summary>Gets a value indicating whether a value is one of the named values, as <see cref="Enum.IsDefined{TEnum}(TEnum)"/> decides.</summary>
        public static bool Contains(T value)
        {
            foreach (var v in Values)
            {
                if (EqualityComparer<T>.Default.Equals(v, value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
