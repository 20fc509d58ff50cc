using System.Net;
using LeadershipModel.Reporting.Internal;

namespace LeadershipModel.Reporting;

/// <summary>Encodes text for HTML element content and attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Cleans control characters and HTML-encodes <c>&lt; &gt; &amp; " '</c>.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(PlainText.Clean(text));
}
