namespace LeadershipModel.Interactive.Html;

/// <summary>Formats a <see cref="DimensionSet"/>: one row per dimension with its facet and both poles.</summary>
internal static class DimensionSetHtml
{
    public static void Write(DimensionSet dimensions, TextWriter writer)
    {
        var html = new HtmlWriter(writer, 0);
        var caption = dimensions.Count == 1 ? "1 dimension" : HtmlWriter.Integer(dimensions.Count) + " dimensions";
        html.OpenOutput("leadership-model-dimensions");
        html.OpenTable("leadership-model-dimensions", caption, "#", "Id", "Dimension", "Facet", "Management pole", "Leadership pole");
        foreach (var d in dimensions)
        {
            html.Raw("<tr><td>" + HtmlWriter.Integer(d.Order) + "</td><td><code>" + HtmlWriter.Encode(d.Id) + "</code></td>"
                + "<td title=\"" + HtmlWriter.Encode(d.Description) + "\">" + HtmlWriter.Encode(d.Name) + "</td>"
                + "<td>" + HtmlWriter.Encode(d.Facet) + "</td>"
                + "<td title=\"" + HtmlWriter.Encode(d.ManagementPole.Description) + "\">" + HtmlWriter.Encode(d.ManagementPole.Label) + "</td>"
                + "<td title=\"" + HtmlWriter.Encode(d.LeadershipPole.Description) + "\">" + HtmlWriter.Encode(d.LeadershipPole.Label) + "</td></tr>\n");
        }

        html.CloseTable();
        html.CloseOutput();
    }

    public static void WritePlain(DimensionSet dimensions, TextWriter writer)
    {
        writer.Write(dimensions.Count == 1 ? "1 dimension" : HtmlWriter.Integer(dimensions.Count) + " dimensions");
        foreach (var d in dimensions)
        {
            writer.Write('\n');
            writer.Write(HtmlWriter.Integer(d.Order) + ". " + d.Name + ": " + d.ManagementPole.Label + " / " + d.LeadershipPole.Label);
        }
    }
}
