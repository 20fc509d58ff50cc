using System.Globalization;
using System.Text;
using LeadershipModel.Consent;
using LeadershipModel.Internal;
using LeadershipModel.Reporting.Charts;
using LeadershipModel.Reporting.Internal;

namespace LeadershipModel.Reporting.Html;

/// <summary>
/// Renders a consent simulation as one self-contained HTML page: what the scenario is, the two time-series charts
/// with the events marked, a summary a manager can read, and the team at every step.
/// </summary>
/// <remarks>
/// <para>The page says plainly that the dynamics rules illustrate the seed's argument with transparent
/// assumptions and are not an empirical finding. Every text is escaped; no external font, image or script.</para>
/// <para>This type is stateless and thread-safe. The same simulation gives the same bytes.</para>
/// </remarks>
public static class ConsentHtmlReport
{
    /// <summary>Renders the page.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(ConsentSimulation simulation)
    {
        Preconditions.NotNull(simulation);
        var c = CultureInfo.InvariantCulture;
        var first = simulation.Steps[0].Team;
        var last = simulation.Steps[^1].Team;
        var lowest = simulation.Steps.MinBy(s => s.Team.Influence)!;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Consent simulation: ").Append(HtmlText.Encode(simulation.Scenario.Name)).Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>Consent over time: ").Append(HtmlText.Encode(simulation.Scenario.Name)).Append("</h1>\n");
        html.Append("<p>").Append(HtmlText.Encode(simulation.Scenario.Description)).Append("</p>\n");
        html.Append(c, $"<dl class=\"facts\"><dt>Followers</dt><dd>{simulation.FollowerCount}</dd><dt>Steps</dt><dd>{simulation.Steps.Count - 1}</dd><dt>Seed</dt><dd>{simulation.Seed}</dd></dl>\n");
        html.Append("<p class=\"note\"><strong>Illustration, not evidence.</strong> Followers grant expertise and character and can withdraw them; the organisation grants the role. ")
            .Append("How followers withdraw and return, and what the carrot and the stick do, follow rules we assumed to illustrate the argument; they are not an empirical finding.</p>\n");

        html.Append("<h2>What happened</h2>\n<ul>\n");
        html.Append(c, $"<li>Followers who consent: <strong>{first.ConsentingShare:P0}</strong> at the start, <strong>{last.ConsentingShare:P0}</strong> at the end.</li>\n");
        html.Append(c, $"<li>Influence (0 to 1): <strong>{first.Influence:0.00}</strong> at the start, lowest <strong>{lowest.Team.Influence:0.00}</strong> at step {lowest.Step}, <strong>{last.Influence:0.00}</strong> at the end.</li>\n");
        html.Append(c, $"<li>How followers respond, at the start: {Mix(first.Outcome)}; at the end: {Mix(last.Outcome)}.</li>\n");
        var held = simulation.Steps.Where(s => s.Team.HeldByLeversOnly.Count > 0).ToList();
        if (held.Count > 0)
        {
            html.Append(c, $"<li>Kept \"back in line\" by the carrot or the stick alone (no consent): up to <strong>{held.Max(s => s.Team.HeldByLeversOnly.Count)}</strong> followers, in {held.Count} steps.</li>\n");
        }

        html.Append("</ul>\n");
        html.Append("<h2>Consent and influence</h2>\n<div class=\"chart\">").Append(ConsentChart.InfluenceToSvg(simulation)).Append("</div>\n");
        html.Append("<h2>How followers respond</h2>\n<p class=\"note\">Each follower's response is split into commitment, compliance, resistance and no influence; the shares sum to 1. Less influence means more \"no influence\".</p>\n");
        html.Append("<div class=\"chart\">").Append(ConsentChart.OutcomeToSvg(simulation)).Append("</div>\n");

        html.Append("<h2>The team at every step</h2>\n<table>\n<thead><tr><th>Step</th><th>Consenting</th><th>Influence</th><th>Commitment</th><th>Compliance</th><th>Resistance</th><th>No influence</th><th>Held by levers only</th><th>Events</th></tr></thead>\n<tbody>\n");
        foreach (var step in simulation.Steps)
        {
            var t = step.Team;
            var events = step.Followers.SelectMany(f => f.Events).Distinct().GroupBy(e => e.Name).Select(g => g.Count() == 1 || g.First().FollowerId is null ? g.Key : $"{g.Key} ×{g.Count()}");
            html.Append(c, $"<tr><td class=\"num\">{step.Step}</td><td class=\"num\">{t.ConsentingShare:P0}</td><td class=\"num\">{t.Influence:0.00}</td><td class=\"num\">{t.Outcome.Commitment:0.00}</td><td class=\"num\">{t.Outcome.Compliance:0.00}</td><td class=\"num\">{t.Outcome.Resistance:0.00}</td><td class=\"num\">{t.Outcome.None:0.00}</td>");
            html.Append("<td>").Append(HtmlText.Encode(string.Join(", ", t.HeldByLeversOnly))).Append("</td><td>").Append(HtmlText.Encode(string.Join(", ", events))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Mix(OutcomeShares o) => string.Create(CultureInfo.InvariantCulture, $"commitment {o.Commitment:P0}, compliance {o.Compliance:P0}, resistance {o.Resistance:P0}, no influence {o.None:P0}");
}
