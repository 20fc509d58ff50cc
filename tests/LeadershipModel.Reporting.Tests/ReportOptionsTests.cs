using System.Globalization;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Pdf;

namespace LeadershipModel.Reporting.Tests;

public sealed class ReportOptionsTests
{
    [Fact]
    public void Default_IsInvariantWithTwoDecimals()
    {
        ReportOptions.Default.Culture.Should().BeSameAs(CultureInfo.InvariantCulture);
        ReportOptions.Default.Decimals.Should().Be(2);
        ReportOptions.Default.IncludeChart.Should().BeTrue();
    }

    [Fact]
    public void Init_InvalidValues_Throw()
    {
        FluentActions.Invoking(() => new ReportOptions { BarWidth = 20 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ReportOptions { Decimals = 7 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ReportOptions { Title = " " }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ReportOptions.Default with { Culture = null! }).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new RadarChartOptions { Width = 10 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new RadarChartOptions { FontSize = 100 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void PublicTypes_AreSealedStaticOrInterfacesAndHaveNoPublicSetters()
    {
        foreach (var type in typeof(ReportOptions).Assembly.GetExportedTypes())
        {
            (type.IsInterface || type.IsSealed || type.IsValueType).Should().BeTrue(type.FullName);
            foreach (var property in type.GetProperties())
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true })
                {
                    setter.ReturnParameter.GetRequiredCustomModifiers().Should().Contain(typeof(System.Runtime.CompilerServices.IsExternalInit), $"{type.Name}.{property.Name} must be init-only");
                }
            }
        }
    }
}
