using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>One web page, read as one story. A failed fetch is reported and keeps the story indexed before.</summary>
public sealed class PageStorySource(string name, Uri url, WebStoryLoader loader, string? outlet = null) : IIncrementalStorySource
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public int SkippedUnchanged => 0;

    /// <inheritdoc />
    public Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IStoryEntry>>([new PageEntry(this, url)]);

    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    private sealed class PageEntry(PageStorySource source, Uri url) : IStoryEntry
    {
        public string StoryId => PageMetadataReader.Canonicalize(url);

        public string Location => url.ToString();

        public Task<Story> LoadAsync(CancellationToken cancellationToken = default) =>
            source.LoadPageAsync(url, cancellationToken);
    }

    private Task<Story> LoadPageAsync(Uri page, CancellationToken cancellationToken) => loader.LoadAsync(page, Name, outlet, cancellationToken);
}
