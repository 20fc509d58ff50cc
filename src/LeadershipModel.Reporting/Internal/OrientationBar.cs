using System.Text;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Draws an orientation in [−1, 1] as a bar with a marker: <c>◀─────┼──●──▶</c>, or <c>&lt;-----|--o--&gt;</c> in ASCII.</summary>
internal static class OrientationBar
{
    /// <summary>Gets the zero-based cell of the marker on a bar of <paramref name="width"/> cells: −1 is the first cell, +1 the last.</summary>
    public static int MarkerCell(double orientation, int width)
    {
        var unit = (Math.Clamp(orientation, -1, 1) + 1) / 2;
        return (int)Math.Round(unit * (width - 1), MidpointRounding.AwayFromZero);
    }

    /// <summary>Draws the bar; <paramref name="width"/> is odd and counts the cells between the arrow heads.</summary>
    public static string Draw(double? orientation, int width, bool ascii)
    {
        var (left, right, line, centre, marker) = ascii ? ('<', '>', '-', '|', 'o') : ('◀', '▶', '─', '┼', '●');
        var builder = new StringBuilder(width + 2);
        builder.Append(left);
        var mark = orientation is { } o ? MarkerCell(o, width) : -1;
        for (var i = 0; i < width; i++)
        {
            builder.Append(i == mark ? marker : i == width / 2 ? centre : line);
        }

        return builder.Append(right).ToString();
    }
}
