using ChatBot.Core.Ingestion;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Hosting;

/// <summary>The indexing side of <c>serve</c>: the worker, its reindex queue and /healthz (the Discord bot is added by the command).</summary>
public static class ServeRegistration
{
    public static IServiceCollection AddServeComponents(this IServiceCollection services)
    {
        services.AddSingleton<IndexingActivity>();
        services.AddSingleton<ReindexQueue>();
        // While serve runs, reindex requests queue for the worker (one at a time) instead of running in the caller.
        services.AddSingleton<IReindexRequests>(sp => sp.GetRequiredService<ReindexQueue>());
        services.AddHostedService<IndexingWorker>();
        services.AddSingleton<ReindexEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthEndpoint>());
        return services;
    }
}
