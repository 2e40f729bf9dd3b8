namespace ChatBot.Configuration;

/// <summary>The ChatBot section's lists and defaults that do not belong to one component.</summary>
public sealed class ChatBotOptions
{
    public const string SectionName = "ChatBot";

    /// <summary>Where stories come from; seeds/ when nothing is configured.</summary>
    public List<SourceOptions> Sources { get; set; } = [];

    /// <summary>The sources in force: the configured ones, or the seeds folder.</summary>
    public IReadOnlyList<SourceOptions> EffectiveSources =>
        Sources.Count > 0 ? Sources : [new SourceOptions { Name = "seeds", Type = "Folder", Path = "seeds" }];
}
