using System.Globalization;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Formats the numbers of a report with one culture and one number of decimals.</summary>
internal readonly struct NumberFormat
{
    public const string Missing = "n/a";

    private readonly CultureInfo _culture;
    private readonly string _fixed;
    private readonly int _decimals;

    public NumberFormat(CultureInfo culture, int decimals)
    {
        _culture = culture;
        _decimals = decimals;
        _fixed = "F" + decimals.ToString(CultureInfo.InvariantCulture);
    }

    public CultureInfo Culture => _culture;

    public string Value(double? value) => value is { } v ? v.ToString(_fixed, _culture) : Missing;

    /// <summary>Formats a value in [−1, 1] with an explicit sign, so that leaning to leadership reads as <c>+</c>.</summary>
    public string Signed(double? value)
    {
        if (value is not { } v)
        {
            return Missing;
        }

        var text = Math.Abs(v).ToString(_fixed, _culture);
        return Math.Round(Math.Abs(v), _decimals, MidpointRounding.AwayFromZero) == 0 ? text : (v > 0 ? "+" : "-") + text;
    }

    public string Percent(double? share) => share is { } s ? (s * 100).ToString("F1", _culture) + "%" : Missing;

    public string Integer(int value) => value.ToString(_culture);
}
