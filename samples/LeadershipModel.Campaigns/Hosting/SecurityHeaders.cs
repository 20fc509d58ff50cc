using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LeadershipModel.Campaigns.Hosting;

/// <summary>
/// Security headers on every response: a content security policy (scripts from this app only; the Scalar page has
/// its own), no framing, no MIME sniffing, and no referrer, so that a link's token never leaks to another site.
/// Pages behind a link or the admin sign-in are not cached.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class SecurityHeaders
{
    /// <summary>The policy of the app's own pages.</summary>
    public const string DefaultPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>The policy of the feedback page: the library's report styles its bars inline; scripts stay forbidden.</summary>
    public const string FeedbackPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// The policy of the Scalar reference page, with <c>{0}</c> for the hashes of its inline start-up scripts: scripts
    /// only from this app or with those hashes, inline styles (Scalar styles itself), nothing fetched from elsewhere.
    /// </summary>
    public const string ScalarPolicyFormat =
        "default-src 'self'; script-src 'self' {0}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Adds the headers.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = path.StartsWithSegments("/f") ? FeedbackPolicy : DefaultPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (path.StartsWithSegments("/r") || path.StartsWithSegments("/f") || path.StartsWithSegments("/admin") || path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>
    /// Gives the Scalar page (<c>/scalar/…</c> without a file extension) a policy that allows exactly its inline
    /// scripts, by their SHA-256 hashes, instead of every inline script. The page is small, so it is buffered to
    /// read them.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static IApplicationBuilder UseScalarScriptHashes(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/scalar") || Path.HasExtension(path.Value))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        var hashes = InlineScript().Matches(Encoding.UTF8.GetString(bytes))
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'");
        context.Response.Headers.ContentSecurityPolicy = ScalarPolicyFormat.Replace("{0}", string.Join(" ", hashes), StringComparison.Ordinal);
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes);
    });

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
