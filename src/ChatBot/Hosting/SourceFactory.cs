using ChatBot.Configuration;
using ChatBot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>Builds the story sources named in configuration.</summary>
public sealed class SourceFactory(IOptions<ChatBotOptions> options, IOptions<IngestionOptions> ingestion)
{
    /// <summary>Every configured source (seeds/ when none is configured).</summary>
    public IReadOnlyList<IStorySource> All() => options.Value.EffectiveSources.Select(Create).ToList();

    /// <summary>The source with this name, or null.</summary>
    public IStorySource? Named(string name) =>
        options.Value.EffectiveSources.Where(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(Create).FirstOrDefault();

    /// <summary>A folder source for an ad-hoc folder (the CLI's --source).</summary>
    public IStorySource Folder(string path) => new FolderStorySource(Path.GetFileName(Path.GetFullPath(path).TrimEnd('/')), path, ingestion.Value);

    private IStorySource Create(SourceOptions source) => source.Type.ToLowerInvariant() switch
    {
        "folder" => new FolderStorySource(source.Name, source.Path!, ingestion.Value),
        _ => throw new NotSupportedException($"Source '{source.Name}': {source.Type} sources are read by the indexing worker (serve), not yet by this command."),
    };
}
