using System.Xml.Linq;
using LeadershipModel.Consent;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Html;

namespace LeadershipModel.Reporting.Tests.Charts;

public sealed class ConsentChartTests
{
    private static readonly ConsentSimulation Withdrawal = ConsentSimulator.Run(ConsentScenarios.Withdrawal, 1);

    [Fact]
    public void Markers_ShowTheWithdrawalTheCarrotAndTheStick()
    {
        var markers = ConsentChart.Markers(Withdrawal);

        markers.Should().Contain(m => m.Step == 6 && m.Label.Contains("withdraw", StringComparison.Ordinal) && m.Label.Contains("carrot", StringComparison.Ordinal));
        markers.Should().Contain(m => m.Step == 12 && m.Label.Contains("stick", StringComparison.Ordinal));
        markers.Select(m => m.Step).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Markers_RoleEvents_AreMarked()
    {
        var scenario = ConsentScenarios.Leader with { Steps = 6, Script = [new ConsentScriptedEvent(2, ConsentEventKind.RoleGranted, new ConsentRole(0.5, 0.5, 0.5)), new ConsentScriptedEvent(5, ConsentEventKind.RoleRevoked)] };
        var markers = ConsentChart.Markers(ConsentSimulator.Run(scenario, 1));
        markers.Should().Contain(m => m.Step == 2 && m.Label.Contains("role granted", StringComparison.Ordinal));
        markers.Should().Contain(m => m.Step == 5 && m.Label.Contains("role revoked", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_IsWellFormed_Deterministic_AndLabelled()
    {
        var influence = ConsentChart.InfluenceToSvg(Withdrawal);
        var outcome = ConsentChart.OutcomeToSvg(Withdrawal);

        XDocument.Parse(influence).Root!.Name.LocalName.Should().Be("svg");
        XDocument.Parse(outcome).Root!.Name.LocalName.Should().Be("svg");
        influence.Should().Be(ConsentChart.InfluenceToSvg(Withdrawal));
        influence.Should().Contain("share of followers who consent").And.Contain("mean influence").And.Contain("stick (sanction)");
        outcome.Should().Contain("commitment").And.Contain("compliance").And.Contain("resistance").And.Contain("no influence");
    }

    [Fact]
    public void HtmlReport_SaysTheRulesAreAssumptions_AndShowsEveryStep()
    {
        var html = ConsentHtmlReport.Render(Withdrawal);

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("not an empirical finding");
        html.Should().Contain("<svg").And.Contain("The team at every step");
        html.Split("<tr><td class=\"num\">").Length.Should().Be(Withdrawal.Steps.Count + 1);
        html.Should().Be(ConsentHtmlReport.Render(Withdrawal));
    }

    [Fact]
    public void HtmlReport_EscapesTheScenarioText()
    {
        var html = ConsentHtmlReport.Render(ConsentSimulator.Run(ConsentScenarios.Leader with { Steps = 2, Description = "<script>alert(1)</script>" }, 1));
        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;");
    }
}
