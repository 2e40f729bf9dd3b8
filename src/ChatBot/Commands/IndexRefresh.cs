using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Commands;

/// <summary>Brings the index up to date with the configured sources (or one folder) before a command reads it.</summary>
internal static class IndexRefresh
{
    /// <summary>Indexes every configured source, or only <paramref name="folder"/>.</summary>
    public static Task<IndexingSummary> RunAsync(IServiceProvider services, string? folder, CancellationToken cancellationToken, IProgress<IndexingProgress>? progress = null)
    {
        var sources = services.GetRequiredService<SourceFactory>();
        return Run(services, folder is null ? sources.All() : [sources.Folder(folder)], progress, cancellationToken);
    }

    /// <summary>
    /// Before a question: the folder sources only (cheap, local). Feeds and pages are the worker's to fetch on
    /// their schedule; a slow or dead site must not delay every answer.
    /// </summary>
    public static Task<IndexingSummary> BeforeAnswerAsync(IServiceProvider services, string? folder, CancellationToken cancellationToken)
    {
        var sources = services.GetRequiredService<SourceFactory>();
        var folders = sources.Configured.Where(s => s.Type.Equals("folder", StringComparison.OrdinalIgnoreCase)).Select(sources.Create);
        return Run(services, folder is null ? folders.ToList() : [sources.Folder(folder)], null, cancellationToken);
    }

    private static Task<IndexingSummary> Run(IServiceProvider services, IReadOnlyList<IStorySource> toIndex, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken) =>
        services.GetRequiredService<IndexingRunner>().RunAsync(toIndex, progress, cancellationToken);
}
