using System.Collections.Concurrent;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion.Pages;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>
/// An RSS or Atom feed whose items' pages are the stories. The feed is fetched with a conditional GET, so an
/// unchanged feed costs one 304; of a changed feed only new and changed items (and those that failed last
/// time, and those not fetched for <c>itemRefresh</c>, to notice stories revised in place) are fetched. What was read is remembered only once the run has written it, so a cancelled or killed
/// run is simply done again. A malformed or unreachable feed fails the scan with the reason.
/// </summary>
public sealed class FeedStorySource(
    string name,
    Uri feedUrl,
    WebFetcher fetcher,
    WebStoryLoader loader,
    IFeedStateStore state,
    IStoryIndex index,
    string? outlet = null,
    TimeSpan? itemRefresh = null,
    TimeProvider? timeProvider = null) : IIncrementalStorySource
{
    /// <summary>How long an item's page is trusted unchanged while the item is unchanged in a changed feed.</summary>
    public static readonly TimeSpan DefaultItemRefresh = TimeSpan.FromHours(12);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly TimeSpan _itemRefresh = itemRefresh ?? DefaultItemRefresh;
    private readonly ConcurrentDictionary<string, FeedItemState> _outcomes = new(StringComparer.Ordinal);
    private IReadOnlyList<FeedItemState> _kept = [];
    private HttpValidators _validators = HttpValidators.None;
    private bool _replaceItems;

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <summary>The feed's address.</summary>
    public Uri FeedUrl { get; } = feedUrl;

    /// <inheritdoc />
    public int SkippedUnchanged => _kept.Count;

    /// <summary>True when the last scan got a 304.</summary>
    public bool LastScanNotModified { get; private set; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default)
    {
        _outcomes.Clear();
        var known = await state.LoadAsync(Key, cancellationToken);
        var indexed = await index.GetContentHashesAsync(null, cancellationToken);
        bool IsIndexed(FeedItemState item) => item is { Failure: null, StoryId: { } id } && indexed.ContainsKey(id);

        // Validators are sent only when every story the feed gave is still indexed; else its items must be read again.
        var intact = known.Items.Values.Where(i => i.Failure is null).All(IsIndexed);
        var response = await fetcher.FetchAsync(FeedUrl, intact ? known.Validators : null, IsFeed, "an RSS or Atom feed", cancellationToken);
        LastScanNotModified = response.NotModified;
        if (response.NotModified)
        {
            _validators = known.Validators;
            _replaceItems = false;
            _kept = known.Items.Values.Where(IsIndexed).ToList();
            return known.Items.Values.Where(i => !IsIndexed(i)).Select(i => (IStoryEntry)new FeedEntry(this, i.Link, i.Fingerprint, i.StoryId)).ToList();
        }

        var feed = FeedParser.Parse(response.Body, response.FinalUri);
        _validators = response.Validators;
        _replaceItems = true;
        var kept = new List<FeedItemState>();
        var entries = new List<IStoryEntry>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in feed.Items)
        {
            if (item.Link is null)
            {
                entries.Add(new BrokenEntry($"{FeedUrl} item '{item.Title ?? "untitled"}'", "the feed item has no link"));
            }
            else if (!listed.Add(item.Link))
            {
                // The same link twice in one feed is one story.
            }
            else if (known.Items.TryGetValue(item.Link, out var before) && before.Fingerprint == item.Fingerprint && IsIndexed(before)
                && _time.GetUtcNow() - before.FetchedAt < _itemRefresh)
            {
                kept.Add(before);
            }
            else
            {
                entries.Add(new FeedEntry(this, item.Link, item.Fingerprint, before?.StoryId));
            }
        }

        _kept = kept;
        return entries;
    }

    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        var items = _kept.Concat(_outcomes.Values).ToList();
        return state.SaveAsync(Key, _validators, items, _replaceItems, cancellationToken);
    }

    /// <summary>True for the media types feeds are served with (servers are loose about it).</summary>
    public static bool IsFeed(string? mediaType) =>
        mediaType is null or "text/plain" || mediaType.Contains("xml", StringComparison.Ordinal)
            || mediaType.Contains("rss", StringComparison.Ordinal) || mediaType.Contains("atom", StringComparison.Ordinal);

    private string Key => FeedUrl.ToString();

    private async Task<Story> LoadItemAsync(string link, string fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            var story = await loader.LoadAsync(new Uri(link), Name, outlet, cancellationToken);
            _outcomes[link] = new FeedItemState(link, fingerprint, story.Id, null, _time.GetUtcNow());
            return story;
        }
        catch (StoryUnreadableException e)
        {
            _outcomes[link] = new FeedItemState(link, fingerprint, null, e.Message, _time.GetUtcNow());
            throw;
        }
    }

    private sealed class FeedEntry(FeedStorySource source, string link, string fingerprint, string? storyId) : IStoryEntry
    {
        public string StoryId => storyId ?? link;

        public string Location => link;

        public Task<Story> LoadAsync(CancellationToken cancellationToken = default) => source.LoadItemAsync(link, fingerprint, cancellationToken);
    }

    private sealed class BrokenEntry(string location, string reason) : IStoryEntry
    {
        public string StoryId => location;

        public string Location => location;

        public Task<Story> LoadAsync(CancellationToken cancellationToken = default) => Task.FromException<Story>(new StoryUnreadableException(reason));
    }
}
