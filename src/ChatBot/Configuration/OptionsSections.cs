using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Pages;
using ChatBot.Discord.Hosting;
using ChatBot.Llm;
using ChatBot.Worker;

namespace ChatBot.Configuration;

/// <summary>Every options class and the section it is bound from: the list <see cref="ConfigurationValueCheck"/> walks.</summary>
public static class OptionsSections
{
    public static readonly IReadOnlyList<(string Section, Type Options)> All =
    [
        (ChatBotOptions.SectionName, typeof(ChatBotOptions)),
        (IndexOptions.SectionName, typeof(IndexOptions)),
        (QdrantOptions.SectionName, typeof(QdrantOptions)),
        (AnsweringOptions.SectionName, typeof(AnsweringOptions)),
        (IngestionOptions.SectionName, typeof(IngestionOptions)),
        (WebFetchOptions.SectionName, typeof(WebFetchOptions)),
        (LlmOptions.SectionName, typeof(LlmOptions)),
        (WorkerOptions.SectionName, typeof(WorkerOptions)),
        (DiscordOptions.SectionName, typeof(DiscordOptions)),
    ];
}
