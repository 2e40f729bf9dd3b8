using ChatBot.Configuration;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Feeds;
using ChatBot.Core.Ingestion.Pages;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>Builds the story sources named in configuration.</summary>
public sealed class SourceFactory(IOptions<ChatBotOptions> options, IOptions<IngestionOptions> ingestion, WebIngestion web)
{
    /// <summary>The configured sources (seeds/ when none is configured).</summary>
    public IReadOnlyList<SourceOptions> Configured => options.Value.EffectiveSources;

    /// <summary>Every configured source (seeds/ when none is configured).</summary>
    public IReadOnlyList<IStorySource> All() => Configured.Select(Create).ToList();

    /// <summary>The source with this name, or null.</summary>
    public IStorySource? Named(string name) =>
        Configured.Where(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(Create).FirstOrDefault();

    /// <summary>The sentence for a name no configured source has, listing the names there are.</summary>
    public string UnknownSourceMessage(string name) =>
        $"There is no source named '{name}'; the configured sources are: {string.Join(", ", Configured.Select(s => s.Name))}.";

    /// <summary>A folder source for an ad-hoc folder (the CLI's --source).</summary>
    public IStorySource Folder(string path) => new FolderStorySource(Path.GetFileName(Path.GetFullPath(path).TrimEnd('/')), path, ingestion.Value);

    /// <summary>Builds one configured source.</summary>
    public IStorySource Create(SourceOptions source) => source.Type.ToLowerInvariant() switch
    {
        "folder" when source.Outlet is { } outlet => new OutletDefaultingSource(new FolderStorySource(source.Name, source.Path!, ingestion.Value), outlet),
        "folder" => new FolderStorySource(source.Name, source.Path!, ingestion.Value),
        "feed" => new FeedStorySource(source.Name, new Uri(source.Url!), web.Fetcher, web.Loader, web.FeedState, web.Index, source.Outlet, web.Options.FeedItemRefresh, web.Time),
        "page" => new PageStorySource(source.Name, new Uri(source.Url!), web.Loader, source.Outlet),
        _ => throw new NotSupportedException($"Source '{source.Name}': unknown type {source.Type}."),
    };
}
