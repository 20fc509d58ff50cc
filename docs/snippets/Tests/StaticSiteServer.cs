using System.Net;
using System.Net.Sockets;

namespace LeadershipModel.Snippets.Tests;

/// <summary>
/// Serves a folder on <c>http://127.0.0.1:PORT/</c> for a browser check: the docfx modern template loads its
/// navigation and table of contents with scripts that browsers refuse over <c>file://</c>.
/// </summary>
/// <remarks>GET only, files under the root only, one request at a time; dispose to stop.</remarks>
internal sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript", [".mjs"] = "text/javascript",
        [".css"] = "text/css", [".json"] = "application/json", [".svg"] = "image/svg+xml", [".png"] = "image/png",
        [".ico"] = "image/x-icon", [".woff"] = "font/woff", [".woff2"] = "font/woff2", [".ttf"] = "font/ttf",
        [".map"] = "application/json", [".csv"] = "text/csv",
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task loop;

    public StaticSiteServer(string root)
    {
        this.root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was stopped while waiting for a request.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            var path = Path.GetFullPath(Path.Combine(root, relative.Length == 0 ? "index.html" : relative));
            if (Directory.Exists(path))
            {
                path = Path.Combine(path, "index.html");
            }

            if (context.Request.HttpMethod != "GET" || !path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                continue;
            }

            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(path);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
    }
}
