using System.Net;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// A loopback Qdrant: Kestrel on 127.0.0.1 (a free port), HTTP/2 without TLS, serving the gRPC calls ChatBot makes
/// (<see cref="FakeQdrantService"/>). Calls are recorded as decoded, and faults can be injected.
/// </summary>
public sealed class FakeQdrantServer : IAsyncDisposable
{
    private readonly FakeQdrantService _service;
    private WebApplication? _app;

    private FakeQdrantServer(string? apiKey) => _service = new FakeQdrantService(apiKey);

    /// <summary>The gRPC endpoint, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<RecordedGrpcCall> Requests => _service.Requests;

    /// <param name="apiKey">When set, calls without this <c>api-key</c> metadata fail with Unauthenticated, as Qdrant's do.</param>
    public static async Task<FakeQdrantServer> StartAsync(string? apiKey = null)
    {
        var server = new FakeQdrantServer(apiKey);
        var app = await LoopbackServer.StartAsync(
            app => app.MapGrpcService<FakeQdrantService>(),
            services =>
            {
                services.AddGrpc();
                services.AddSingleton(server._service);
                services.AddSingleton<IServiceMethodProvider<FakeQdrantService>, FakeQdrantServiceBinder>();
            },
            HttpProtocols.Http2);
        server._app = app;
        server.Url = app.BaseUri().ToString().TrimEnd('/');
        return server;
    }

    public FakeCollection? Collection(string name) => _service.Collection(name);

    /// <summary>Creates a collection directly, as another program would have.</summary>
    public void CreateCollection(CreateCollection request) => _service.CreateCollection(request);

    /// <summary>Fails the next call matching <paramref name="when"/> with this status instead of handling it.</summary>
    public void FailNext(Func<RecordedGrpcCall, bool> when, StatusCode code, string detail) =>
        _service.AddFault(new FakeFault(when, new Status(code, detail), null));

    /// <summary>Answers the next call matching <paramref name="when"/> with <paramref name="response"/> instead of handling it.</summary>
    public void AnswerNext(Func<RecordedGrpcCall, bool> when, Google.Protobuf.IMessage response) =>
        _service.AddFault(new FakeFault(when, null, response));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
