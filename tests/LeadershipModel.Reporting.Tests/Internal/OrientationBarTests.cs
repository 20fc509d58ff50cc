using CsCheck;
using LeadershipModel.Reporting.Internal;

namespace LeadershipModel.Reporting.Tests.Internal;

public sealed class OrientationBarTests
{
    [Theory]
    [InlineData(-1.0, "◀●────┼─────▶")]
    [InlineData(0.0, "◀─────●─────▶")]
    [InlineData(1.0, "◀─────┼────●▶")]
    [InlineData(0.4, "◀─────┼─●───▶")]
    public void Draw_Orientation_PlacesMarker(double orientation, string expected) =>
        OrientationBar.Draw(orientation, 11, ascii: false).Should().Be(expected);

    [Fact]
    public void Draw_Ascii_UsesAsciiOnly() =>
        OrientationBar.Draw(-0.6, 11, ascii: true).Should().Be("<--o--|----->");

    [Fact]
    public void Draw_NoOrientation_HasNoMarker() =>
        OrientationBar.Draw(null, 5, ascii: true).Should().Be("<--|-->");

    [Fact]
    public void Property_MarkerCell_StaysOnTheBarAndIsMonotone() =>
        Gen.Select(Gen.Double[-1.0, 1.0], Gen.Double[-1.0, 1.0]).Sample((a, b) =>
        {
            var ca = OrientationBar.MarkerCell(a, 21);
            var cb = OrientationBar.MarkerCell(b, 21);
            return ca is >= 0 and < 21 && (a <= b ? ca <= cb : ca >= cb);
        });
}
