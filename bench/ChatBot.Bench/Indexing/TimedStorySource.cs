using System.Diagnostics;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Stories;

namespace ChatBot.Bench.Indexing;

/// <summary>A story source that times each load and keeps the loaded stories, so chunking can be timed apart afterwards.</summary>
internal sealed class TimedStorySource(IStorySource inner) : IStorySource
{
    public string Name => inner.Name;

    public TimeSpan LoadTime { get; private set; }

    public List<Story> Loaded { get; } = [];

    public async Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default) =>
        (await inner.ScanAsync(cancellationToken)).Select(e => (IStoryEntry)new Entry(this, e)).ToList();

    private sealed class Entry(TimedStorySource source, IStoryEntry inner) : IStoryEntry
    {
        public string StoryId => inner.StoryId;

        public string Location => inner.Location;

        public async Task<Story> LoadAsync(CancellationToken cancellationToken = default)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var story = await inner.LoadAsync(cancellationToken);
                source.Loaded.Add(story);
                return story;
            }
            finally
            {
                source.LoadTime += Stopwatch.GetElapsedTime(started);
            }
        }
    }
}
