using LeadershipModel.Reporting.Charts;

namespace LeadershipModel.Reporting.Tests.Charts;

public sealed class SvgIdsTests
{
    [Fact]
    public void Renumber_ProcessWideCounterIds_BecomeOrdinalWithPrefix()
    {
        const string svg = "<svg><clipPath id=\"cl_7\"/><g clip-path=\"url(#cl_7)\"/><clipPath id=\"cl_9\"/><use href=\"#cl_9\"/></svg>";

        SvgIds.Renumber(svg, "p-").Should().Be("<svg><clipPath id=\"p-1\"/><g clip-path=\"url(#p-1)\"/><clipPath id=\"p-2\"/><use href=\"#p-2\"/></svg>");
    }

    [Fact]
    public void ForInlineHtml_RemovesDeclarationAndNamespacesAndAddsViewBoxAndName()
    {
        const string svg = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"8\" height=\"6\"><rect/></svg>";

        SvgIds.ForInlineHtml(svg, 8, 6, "Radar: M & L").Should().Be("<svg role=\"img\" aria-label=\"Radar: M &amp; L\" viewBox=\"0 0 8 6\" width=\"8\" height=\"6\"><rect/></svg>");
    }
}
