using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Testing.Web;

/// <summary>A real HTTP server on 127.0.0.1 with a free port, serving routes a test sets, recording every request.</summary>
public sealed class LoopbackWebServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private LoopbackWebServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request received, in order.</summary>
    public RequestRecorder<RecordedWebRequest> Requests { get; } = new();

    public static async Task<LoopbackWebServer> StartAsync()
    {
        LoopbackWebServer? server = null;
        var app = await LoopbackServer.StartAsync(app => app.Run(context => server!.HandleAsync(context)));
        server = new LoopbackWebServer(app) { BaseUri = app.BaseUri() };
        return server;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public void Map(string path, Func<HttpContext, Task> handler) => _routes["/" + path.TrimStart('/')] = handler;

    public void MapText(string path, string contentType, string body, string? etag = null) => Map(path, async context =>
    {
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, Encoding.UTF8);
    });

    public void MapRedirect(string path, string location, int status = StatusCodes.Status302Found) => Map(path, context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    /// <summary>Requests for <paramref name="path"/>.</summary>
    public IReadOnlyList<RecordedWebRequest> RequestsFor(string path) => Requests.Snapshot().Where(r => r.Path == "/" + path.TrimStart('/')).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Add(new RecordedWebRequest(path, context.Request.Headers.UserAgent.ToString(), context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.IfModifiedSince.ToString()));
        if (_routes.TryGetValue(path, out var handler))
        {
            await handler(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
