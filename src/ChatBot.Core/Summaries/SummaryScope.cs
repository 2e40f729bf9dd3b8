using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Summaries;

/// <summary>
/// The stories a summary covers, chosen as the extractive <see cref="Summarizer"/> chooses them: by source or
/// outlet, by date, and by topic through retrieval (all stories when the topic is empty), at most a few.
/// </summary>
public sealed class SummaryScope(IStoryIndex index, Retriever retriever, int maxStories = 8)
{
    /// <summary>Words that ask for a summary rather than name its topic (stems).</summary>
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "summar", "summari", "summaris", "summariz", "coverag", "overview", "recap", "give", "brief", "explain",
    };

    /// <summary>The index terms of a summary's topic, without the words that only ask for a summary.</summary>
    public static List<string> TopicTerms(string? topic) =>
        Tokenizer.DistinctTerms(topic ?? "").Where(t => !RequestWords.Contains(t)).ToList();

    /// <summary>The stories in scope, best match first.</summary>
    public async Task<List<Story>> ResolveAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        var topicTerms = TopicTerms(request.Topic);
        IEnumerable<StoryListing> candidates = await index.ListStoriesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.SourceId))
        {
            candidates = candidates.Where(l => l.StoryId == request.SourceId || string.Equals(l.Metadata.Outlet, request.SourceId, StringComparison.OrdinalIgnoreCase));
        }

        if (request.Since is { } since) candidates = candidates.Where(l => l.Metadata.Published >= since);
        var ids = candidates.Select(l => l.StoryId).ToList();
        if (topicTerms.Count > 0 && ids.Count > 0)
        {
            var retrieval = await retriever.RetrieveAsync(string.Join(' ', topicTerms), new IndexFilter(StoryIds: ids), cancellationToken);
            ids = retrieval.Passages.Select(p => p.StoryId).Distinct(StringComparer.Ordinal).ToList();
        }

        var stories = await StoryLoader.LoadAsync(index, ids.Take(maxStories), cancellationToken);
        return ids.Where(stories.ContainsKey).Select(id => stories[id]).ToList();
    }
}
