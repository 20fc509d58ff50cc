using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LeadershipModel.Cli.Infrastructure;

/// <summary>Parsers for numeric options that name the option and the value in the user's words, never a .NET type.</summary>
internal static class NumberOptions
{
    /// <summary>Makes an option accept whole numbers in [<paramref name="min"/>, <paramref name="max"/>] only.</summary>
    public static Option<int> Whole(this Option<int> option, int min, int max)
    {
        option.CustomParser = r => (int)ParseWhole(r, option.Name, min, max);
        return option;
    }

    /// <summary>Makes an option accept whole numbers from 0 up.</summary>
    public static Option<ulong> Whole(this Option<ulong> option)
    {
        option.CustomParser = r => (ulong)ParseWhole(r, option.Name, 0, ulong.MaxValue);
        return option;
    }

    /// <summary>Makes an option accept finite numbers that pass <paramref name="valid"/>, described by <paramref name="range"/>.</summary>
    public static Option<double> Real(this Option<double> option, Func<double, bool> valid, string range)
    {
        option.CustomParser = r => ParseReal(r, option.Name, valid, range) ?? 0;
        return option;
    }

    /// <summary>Makes an optional option accept finite numbers.</summary>
    public static Option<double?> Real(this Option<double?> option)
    {
        option.CustomParser = r => ParseReal(r, option.Name, double.IsFinite, "a finite number");
        return option;
    }

    private static string Token(ArgumentResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";

    private static decimal ParseWhole(ArgumentResult r, string name, decimal min, decimal max)
    {
        var text = Token(r);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            r.AddError($"{name}: {Show(text)} is not a whole number.");
            return Math.Max(min, 0);
        }

        if (value < min || value > max)
        {
            r.AddError(FormattableString.Invariant($"{name}: {text} is out of range; use a whole number from {min:N0} to {max:N0}."));
            return Math.Max(min, 0);
        }

        return value;
    }

    private static double? ParseReal(ArgumentResult r, string name, Func<double, bool> valid, string range)
    {
        var text = Token(r);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            r.AddError($"{name}: {Show(text)} is not a number (write it as 0.8, with a point).");
            return null;
        }

        if (!valid(value))
        {
            r.AddError($"{name}: {text} is out of range; use {range}.");
            return null;
        }

        return value;
    }

    private static string Show(string text) => "'" + TerminalText.Safe(text.Length > 40 ? text[..40] + "…" : text) + "'";
}
