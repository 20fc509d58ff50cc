using System.Globalization;

namespace LeadershipModel.Cli.Output;

/// <summary>Invariant number formatting: full precision for files, short for screens.</summary>
internal static class Numbers
{
    public static string Full(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    public static string Short(double? value, int decimals = 2) => value is { } v ? v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";
}
