using System.Threading;
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

/// <summary>Registers what reading sources needs: the web fetcher, feed state, source statuses, history and duplicates.</summary>
public static class SourceServiceRegistration
{
    public static IServiceCollection AddStorySources(this IServiceCollection services)
    {
        services.AddOptions<WebFetchOptions>().BindConfiguration(WebFetchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HostGate>();
        services.AddSingleton(sp => new WebFetcher(
            // Our own timeout and redirect handling apply; the client's must not cut in first.
            new HttpClient(WebFetcher.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<WebFetchOptions>>().Value,
            sp.GetRequiredService<HostGate>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WebStoryLoader>();
        services.AddSingleton<IFeedStateStore>(sp => new SqliteFeedStateStore(DatabasePath(sp)));
        services.AddSingleton<ISourceStatusStore>(sp => new SqliteSourceStatusStore(DatabasePath(sp)));
        services.AddSingleton<IStoryHistory>(sp => new SqliteStoryHistory(DatabasePath(sp)));
        services.AddSingleton<IDuplicateRegistry>(sp => new SqliteDuplicateRegistry(DatabasePath(sp)));
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
}
