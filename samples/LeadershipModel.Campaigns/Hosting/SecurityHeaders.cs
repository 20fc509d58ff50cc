namespace LeadershipModel.Campaigns.Hosting;

/// <summary>
/// Security headers on every response: a content security policy (scripts from this app only; the Scalar page has
/// its own), no framing, no MIME sniffing, and no referrer, so that a link's token never leaks to another site.
/// Pages behind a link or the admin sign-in are not cached.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SecurityHeaders
{
    /// <summary>The policy of the app's own pages.</summary>
    public const string DefaultPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>The policy of the feedback page: the library's report styles its bars inline; scripts stay forbidden.</summary>
    public const string FeedbackPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>The policy of the Scalar reference page: its bundled script starts with an inline call and styles itself inline; nothing leaves this app.</summary>
    public const string ScalarPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
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
            headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar") ? ScalarPolicy
                : path.StartsWithSegments("/f") ? FeedbackPolicy
                : DefaultPolicy;
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
}
