using System.Diagnostics;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Brings the index in line with a source, incrementally: unchanged stories (same content hash) are skipped,
/// changed ones replaced, stories no longer in the source deleted. A story that fails to load is reported and
/// keeps its previously indexed version: a failed read never removes anything. An <see cref="IIncrementalStorySource"/>
/// (a feed, a page) never has stories removed for missing from its scan.
/// </summary>
public sealed class StoryIndexer(IStoryIndex index, Chunker chunker, IChunkVectorizer? vectorizer = null)
{
    /// <summary>Indexes one source and says what changed.</summary>
    public async Task<IndexingSummary> IndexAsync(IStorySource source, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await index.InitializeAsync(cancellationToken);
        var entries = await source.ScanAsync(cancellationToken);
        var known = await index.GetContentHashesAsync(source.Name, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<IndexingFailure>();
        int added = 0, updated = 0, unchanged = 0, done = 0;
        var pending = new List<StoryUpsert>(BatchSize);

        try
        {
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                seen.Add(entry.StoryId);
                try
                {
                    var story = await entry.LoadAsync(cancellationToken);
                    // A web story's id is its canonical URL, known only once loaded.
                    seen.Add(story.Id);
                    if (known.TryGetValue(story.Id, out var hash) && hash == story.ContentHash)
                    {
                        unchanged++;
                    }
                    else
                    {
                        var chunks = chunker.Chunk(story);
                        var vectors = vectorizer is null ? null : await vectorizer.VectorizeAsync(chunks, cancellationToken);
                        pending.Add(new StoryUpsert(story, chunks, vectors));
                        if (known.ContainsKey(story.Id)) updated++;
                        else added++;
                        if (pending.Count == BatchSize) await FlushAsync(pending, cancellationToken);
                    }
                }
                catch (StoryUnreadableException e)
                {
                    failures.Add(new IndexingFailure(entry.Location, e.Message));
                }

                progress?.Report(new IndexingProgress(source.Name, ++done, entries.Count, failures.Count, entry.StoryId));
            }
        }
        catch (OperationCanceledException)
        {
            // Every story reported done is written, whole, before the run stops.
            await FlushAsync(pending, CancellationToken.None);
            throw;
        }

        await FlushAsync(pending, cancellationToken);
        var removed = 0;
        if (source is IIncrementalStorySource incremental)
        {
            // Its scan lists only what may have changed; the rest stays as indexed.
            unchanged += incremental.SkippedUnchanged;
            await incremental.CompleteAsync(cancellationToken);
        }
        else
        {
            // A folder that could not be listed hides its stories from the scan; they are not gone.
            var unlisted = entries.OfType<UnlistedFolderEntry>().ToList();
            foreach (var storyId in known.Keys.Where(id => !seen.Contains(id) && !unlisted.Any(folder => folder.Holds(id))))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await index.DeleteStoryAsync(storyId, cancellationToken);
                removed++;
            }
        }

        return new IndexingSummary(added, updated, removed, unchanged, failures, stopwatch.Elapsed);
    }

    /// <summary>Stories written per transaction: large enough to amortise a commit, small enough to keep the writer's lock short.</summary>
    private const int BatchSize = 64;

    private async Task FlushAsync(List<StoryUpsert> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        await index.UpsertStoriesAsync(pending, cancellationToken);
        pending.Clear();
    }
}
