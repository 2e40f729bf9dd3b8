using ChatBot.Configuration;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Ingestion.Feeds;
using ChatBot.Core.Ingestion.History;
using ChatBot.Core.Ingestion.Pages;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// Registers what reading sources needs: the web fetcher, feed state, source statuses, history and duplicates.
/// Their state lives in the SQLite file at ChatBot:Index:SqlitePath, whichever index is configured.
/// </summary>
public static class SourceServiceRegistration
{
    public static IServiceCollection AddStorySources(this IServiceCollection services)
    {
        services.AddOptions<WebFetchOptions>().BindConfiguration(WebFetchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HostGate>();
        services.AddWebHttpClient();
        services.AddSingleton(sp => new WebFetcher(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebHttpClient.Name),
            sp.GetRequiredService<IOptions<WebFetchOptions>>().Value,
            sp.GetRequiredService<HostGate>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WebStoryLoader>();
        services.AddSingleton<IFeedStateStore>(sp => new SqliteFeedStateStore(DatabasePath(sp)));
        services.AddSingleton<ISourceStatusStore>(sp => new SqliteSourceStatusStore(DatabasePath(sp), Access(sp)));
        // History is read from the embedded index's own tables; Qdrant keeps none.
        services.AddSingleton<IStoryHistory>(sp => sp.GetRequiredService<IOptions<IndexOptions>>().Value.UsesQdrant
            ? NoStoryHistory.Instance
            : new SqliteStoryHistory(DatabasePath(sp)));
        services.AddSingleton<IDuplicateRegistry>(sp => new SqliteDuplicateRegistry(sp.GetRequiredService<IStoryIndex>(), DatabasePath(sp), access: Access(sp)));
        services.AddSingleton(sp => new WebIngestion(
            sp.GetRequiredService<WebFetcher>(),
            sp.GetRequiredService<WebStoryLoader>(),
            sp.GetRequiredService<IFeedStateStore>(),
            sp.GetRequiredService<IStoryIndex>(),
            sp.GetRequiredService<IOptions<WebFetchOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static string DatabasePath(IServiceProvider services) => services.GetRequiredService<IOptions<IndexOptions>>().Value.SqlitePath;

    private static IndexAccess Access(IServiceProvider services) => services.GetService<IndexAccessMode>()?.Access ?? IndexAccess.ReadWrite;
}
