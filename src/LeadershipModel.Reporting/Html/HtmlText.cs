using System.Net;
using LeadershipModel.Reporting.Internal;

namespace LeadershipModel.Reporting.Html;

/// <summary>Encodes text for HTML element content and attribute values: the one HTML encoder of every report and notebook view.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class HtmlText
{
    /// <summary>
    /// Replaces control characters with a space and unpaired surrogates with U+FFFD, then HTML-encodes
    /// <c>&lt; &gt; &amp; " '</c>.
    /// </summary>
    /// <param name="text">The text; <see langword="null"/> is written as empty.</param>
    /// <returns>The encoded text, safe in element content and in quoted attribute values.</returns>
    public static string Encode(string? text) => WebUtility.HtmlEncode(PlainText.Clean(text));
}
