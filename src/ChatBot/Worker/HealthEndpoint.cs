using System.Net;
using ChatBot.Core.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Worker;

/// <summary>
/// GET /healthz on a loopback port: whether the index answers, the last run of every source, the run in
/// progress; and POST /reindex (see <see cref="ReindexEndpoint"/>). A minimal Kestrel listener of its own,
/// bound to 127.0.0.1 only, so the bot needs no web stack otherwise.
/// </summary>
public sealed class HealthEndpoint(
    IOptions<WorkerOptions> options,
    IStoryIndex index,
    ISourceStatusStore statuses,
    IndexingActivity activity,
    ReindexEndpoint reindex,
    ILogger<HealthEndpoint> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The port listened on once started (the chosen one when configured as 0).</summary>
    public int? Port { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.HealthEnabled) return;
        await PrepareIndexAsync(cancellationToken);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Value.HealthPort));
        var app = builder.Build();
        app.MapGet("/healthz", (Func<CancellationToken, Task<IResult>>)ReportAsync);
        app.MapPost("/reindex", reindex.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            // A taken port must not keep the bot and the worker from running; the log says why there is no /healthz.
            WorkerLog.HealthUnavailable(logger, options.Value.HealthPort, e.Message);
            await app.DisposeAsync();
            return;
        }

        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        WorkerLog.HealthListening(logger, address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>Creates the index's tables before the worker's first run, so an empty index reads as reachable.</summary>
    private async Task PrepareIndexAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.InitializeAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // /healthz will say the index is unavailable, and why; the worker retries on its schedule.
            WorkerLog.IndexUnavailable(logger, e.Message);
        }
    }

    private async Task<IResult> ReportAsync(CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            // The cheapest question the index contract offers: it counts chunks.
            await index.GetTermStatisticsAsync([], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e.Message;
        }

        var sources = error is null ? await statuses.ListAsync(cancellationToken) : [];
        var report = new HealthReport(error is null ? "ok" : "unavailable", error is null, error, activity.Current, sources);
        return Results.Json(report, statusCode: error is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
