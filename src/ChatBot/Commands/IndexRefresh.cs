using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Commands;

/// <summary>Brings the index up to date with the configured sources (or one folder) before a command reads it.</summary>
internal static class IndexRefresh
{
    public static Task<IndexingSummary> RunAsync(IServiceProvider services, string? folder, CancellationToken cancellationToken, IProgress<IndexingProgress>? progress = null)
    {
        var runner = services.GetRequiredService<IndexingRunner>();
        var sources = services.GetRequiredService<SourceFactory>();
        return runner.RunAsync(folder is null ? sources.All() : [sources.Folder(folder)], progress, cancellationToken);
    }
}
