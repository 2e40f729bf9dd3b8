using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>
/// A loopback Qdrant (Kestrel on 127.0.0.1, a free port) implementing the part of the REST API the client uses,
/// with Qdrant's envelopes and error bodies. Every request body is validated against Qdrant's OpenAPI schema and
/// rejected with a 400 when it does not validate; when the schema file is absent the request is recorded as
/// "validation skipped". Requests are recorded as sent, and faults can be injected.
/// </summary>
public sealed class FakeQdrantServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeCollection> _collections = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<FakeFault> _faults = [];
    private readonly string? _apiKey;
    private WebApplication? _app;
    private long _operationId;

    private FakeQdrantServer(string? apiKey) => _apiKey = apiKey;

    /// <summary>Base URL of the running server, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    /// <param name="apiKey">When set, requests without this <c>api-key</c> header get Qdrant's plain-text 401.</param>
    public static async Task<FakeQdrantServer> StartAsync(string? apiKey = null)
    {
        var server = new FakeQdrantServer(apiKey);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public FakeCollection? Collection(string name)
    {
        lock (_gate) return _collections.GetValueOrDefault(name);
    }

    /// <summary>Creates a collection directly, as another program would have.</summary>
    public void CreateCollection(string name, JsonObject createBody)
    {
        lock (_gate) _collections[name] = new FakeCollection(createBody);
    }

    /// <summary>Answers the next request matching <paramref name="when"/> with this status and body instead of handling it.</summary>
    public void FailNext(Func<RecordedRequest, bool> when, int statusCode, string body, string contentType = "application/json")
    {
        lock (_gate) _faults.Add(new FakeFault(when, statusCode, body, contentType));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        var validation = await ValidateAsync(method, path, body);
        var apiKey = context.Request.Headers["api-key"].FirstOrDefault();
        var recorded = new RecordedRequest(method, path, context.Request.QueryString.Value ?? "", apiKey, body, validation);

        int status;
        string responseBody;
        var contentType = "application/json";
        lock (_gate)
        {
            _requests.Add(recorded);
            var fault = _faults.FirstOrDefault(f => f.Matches(recorded));
            if (_apiKey is not null && apiKey != _apiKey)
            {
                (status, responseBody, contentType) = (401, "Must provide an API key or an Authorization bearer token", "text/plain");
            }
            else if (fault is not null)
            {
                _faults.Remove(fault);
                (status, responseBody, contentType) = (fault.StatusCode, fault.Body, fault.ContentType);
            }
            else
            {
                (status, responseBody) = Handle(recorded, context.Request.Query["wait"] == "true");
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(responseBody, context.RequestAborted);
    }

    private static async Task<string> ValidateAsync(string method, string path, string body)
    {
        if (body.Length == 0) return RecordedRequest.NoBody;
        var validator = await OpenApiRequestValidator.GetAsync();
        if (validator is null) return $"{RecordedRequest.SkippedPrefix}: {OpenApiSchemaFile.SkipReason}";

        var errors = validator.Validate(method, Template(path), body);
        return errors.Count == 0 ? RecordedRequest.Valid : "invalid: " + string.Join("; ", errors);
    }

    /// <summary>The OpenAPI path template of a request path: the collection name becomes <c>{collection_name}</c>.</summary>
    private static string Template(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["collections", _, ..]) segments[1] = "{collection_name}";
        return "/" + string.Join('/', segments);
    }

    private (int Status, string Body) Handle(RecordedRequest request, bool wait)
    {
        try
        {
            if (request.Validation.StartsWith("invalid", StringComparison.Ordinal))
            {
                throw new FakeQdrantException(400, $"Format error in JSON body: {request.Validation}");
            }

            var body = request.Body.Length == 0 ? [] : JsonNode.Parse(request.Body) as JsonObject ?? [];
            var result = Dispatch(request, body, wait);
            return (200, new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.0001 }.ToJsonString());
        }
        catch (FakeQdrantException ex)
        {
            var error = new JsonObject { ["status"] = new JsonObject { ["error"] = ex.Message }, ["time"] = 0.0001 };
            return (ex.StatusCode, error.ToJsonString());
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NullReferenceException or KeyNotFoundException)
        {
            // A bug in the fake or a body it cannot read: say so, as Qdrant's service errors do.
            var error = new JsonObject { ["status"] = new JsonObject { ["error"] = $"Service internal error (fake): {ex}" } };
            return (500, error.ToJsonString());
        }
    }

    private JsonNode? Dispatch(RecordedRequest request, JsonObject body, bool wait)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["collections", var name, .. var rest]) throw new FakeQdrantException(404, $"Not found: {request.Path}");

        var collection = _collections.GetValueOrDefault(name);
        switch (request.Method, rest)
        {
            case ("PUT", []):
                if (collection is not null) throw new FakeQdrantException(409, $"Wrong input: Collection `{name}` already exists!");
                _collections[name] = new FakeCollection(body);
                return true;
            case ("DELETE", []):
                return _collections.Remove(name);
        }

        if (collection is null) throw new FakeQdrantException(404, $"Not found: Collection `{name}` doesn't exist!");
        switch (request.Method, rest)
        {
            case ("GET", []):
                return collection.Info();
            case ("PUT", ["index"]):
                collection.CreatePayloadIndex(body);
                return Updated(wait);
            case ("PUT", ["points"]):
                collection.Upsert(body);
                return Updated(wait);
            case ("POST", ["points"]):
                return collection.Retrieve(body);
            case ("POST", ["points", "delete"]):
                collection.Delete(body);
                return Updated(wait);
            case ("POST", ["points", "count"]):
                return new JsonObject { ["count"] = collection.Count(body) };
            case ("POST", ["points", "scroll"]):
                return collection.Scroll(body);
            case ("POST", ["points", "query"]):
                return FakeQueryEngine.Query(collection, body);
            default:
                throw new FakeQdrantException(404, $"The fake Qdrant does not implement {request.Method} {request.Path}");
        }
    }

    // Without wait=true Qdrant only acknowledges a write; the client must not take that for done.
    private JsonObject Updated(bool wait) => new()
    {
        ["operation_id"] = ++_operationId,
        ["status"] = wait ? "completed" : "acknowledged",
    };
}
