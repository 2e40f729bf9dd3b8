using ChatBot.Core.Index;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Index;

/// <summary>
/// What every <see cref="IStoryIndex"/> must do, written once and run against each implementation by a subclass.
/// Each test gets a fresh, initialised, empty index.
/// </summary>
public abstract class StoryIndexConformanceTests : IAsyncLifetime
{
    private IStoryIndex? _index;

    protected IStoryIndex Index => _index ?? throw new InvalidOperationException("The index is created in InitializeAsync.");

    /// <summary>A new, empty index; the suite calls <see cref="IStoryIndex.InitializeAsync"/> itself.</summary>
    protected abstract Task<IStoryIndex> CreateIndexAsync();

    /// <summary>Cleans up after a test; may assert (a failure here fails the test).</summary>
    protected virtual Task DisposeIndexAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _index = await CreateIndexAsync();
        await _index.InitializeAsync();
    }

    public Task DisposeAsync() => DisposeIndexAsync();

    [ConformanceFact]
    public async Task Upserted_story_reads_back_with_exact_text_and_metadata()
    {
        var (story, chunks) = TestStories.Harbor();
        await Index.UpsertStoryAsync(story, chunks);

        var read = await Index.GetStoryAsync(story.Id);

        Assert.NotNull(read);
        Assert.Equal(story, read);
    }

    [ConformanceFact]
    public async Task Stories_are_listed_in_story_id_order()
    {
        // Written out of order, with ids whose point-id hashes do not sort like the ids themselves.
        foreach (var id in new[] { "m/middle", "z/last", "a/first", "b/second" })
        {
            var (story, chunks) = TestStories.Create(id, $"Text of {id}.");
            await Index.UpsertStoryAsync(story, chunks);
        }

        Assert.Equal(["a/first", "b/second", "m/middle", "z/last"], (await Index.ListStoriesAsync()).Select(s => s.StoryId));
    }

    [ConformanceFact]
    public async Task Unknown_story_reads_as_null()
    {
        Assert.Null(await Index.GetStoryAsync("nowhere/nothing"));
    }

    [ConformanceFact]
    public async Task Several_stories_read_back_at_once_exactly_and_unknown_ids_are_left_out()
    {
        var written = new[] { TestStories.Harbor().Story, TestStories.Flood().Story };
        foreach (var (story, chunks) in new[] { TestStories.Harbor(), TestStories.Flood() }) await Index.UpsertStoryAsync(story, chunks);

        var read = await Index.GetStoriesAsync([written[1].Id, "nowhere/nothing", written[0].Id, written[1].Id]);

        Assert.Equal(written.Select(s => s.Id).Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var story in written) Assert.Equal(story, read[story.Id]);
        Assert.Empty(await Index.GetStoriesAsync([]));
        Assert.Empty(await Index.GetStoriesAsync(["nowhere/nothing"]));
    }

    [ConformanceFact]
    public async Task Initializing_again_keeps_what_is_indexed()
    {
        var (story, chunks) = TestStories.Harbor();
        await Index.UpsertStoryAsync(story, chunks);

        await Index.InitializeAsync();

        Assert.Equal(story.Text, (await Index.GetStoryAsync(story.Id))?.Text);
    }

    [ConformanceFact]
    public async Task Search_ranks_the_matching_chunk_first()
    {
        await UpsertAllAsync();

        var hits = await Index.SearchAsync(Query("Which rivets were replaced on the span?"));

        var first = hits[0];
        var (harbor, _) = TestStories.Harbor();
        Assert.Equal(new Chunk(harbor.Id, 1, first.Chunk.Start, first.Chunk.End, "Engineers replaced 6,500 rivets on the eastern span."), first.Chunk);
        Assert.Equal(harbor.Text[first.Chunk.Start..first.Chunk.End], first.Chunk.Text);
        Assert.Equal(harbor.Metadata, first.Metadata);
        Assert.All(hits.Skip(1), h => Assert.True(h.Score <= first.Score));
    }

    [ConformanceFact]
    public async Task Search_finds_the_chunks_of_every_story_that_matches()
    {
        await UpsertAllAsync();

        var hits = await Index.SearchAsync(Query("harbor"));

        Assert.Equal(["gazette/budget#2", "planet/harbor-bridge#0"], hits.Select(h => h.Chunk.Id).Order(StringComparer.Ordinal));
    }

    [ConformanceFact]
    public async Task A_hit_carries_its_chunks_sentences_and_terms_as_indexed()
    {
        var text = "Engineers replaced 6,500 rivets. The span reopened on Monday, officials said.\n\nTraffic returned.";
        var (story, chunks) = TestStories.Create("planet/rivets", text);
        await Index.UpsertStoryAsync(story, chunks);

        var hit = Assert.Single(await Index.SearchAsync(Query("rivets")));

        var expected = PassageSentences.Of(chunks[0].Text);
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected.Select(s => s.Span), hit.Sentences.Select(s => s.Span));
        Assert.Equal(expected.Select(s => s.Terms.ToList()), hit.Sentences.Select(s => s.Terms.ToList()));
    }

    [ConformanceFact]
    public async Task Search_without_a_matching_term_finds_nothing()
    {
        await UpsertAllAsync();

        Assert.Empty(await Index.SearchAsync(Query("zebra")));
        Assert.Empty(await Index.SearchAsync(new IndexQuery([])));
    }

    [ConformanceFact]
    public async Task Search_returns_at_most_the_limit()
    {
        await UpsertAllAsync();

        var hits = await Index.SearchAsync(Query("harbor budget park", limit: 2));

        Assert.Equal(2, hits.Count);
    }

    [ConformanceFact]
    public async Task Search_filters_by_outlet_ignoring_case()
    {
        await UpsertAllAsync();

        var hits = await Index.SearchAsync(Query("harbor", filter: new IndexFilter(Outlets: ["GOTHAM gazette"])));

        Assert.Equal(["gazette/budget#2"], hits.Select(h => h.Chunk.Id));
    }

    [ConformanceFact]
    public async Task Search_filters_by_story()
    {
        await UpsertAllAsync();

        var hits = await Index.SearchAsync(Query("harbor park", filter: new IndexFilter(StoryIds: ["planet/harbor-bridge", "wire/flood"])));

        Assert.Equal(["planet/harbor-bridge", "wire/flood"], hits.Select(h => h.Chunk.StoryId).Distinct().Order(StringComparer.Ordinal));
    }

    [ConformanceFact]
    public async Task Search_filters_by_publication_date()
    {
        await UpsertAllAsync();
        var since = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);

        var hits = await Index.SearchAsync(Query("harbor", filter: new IndexFilter(PublishedSince: since)));

        Assert.Equal(["gazette/budget#2"], hits.Select(h => h.Chunk.Id));
    }

    [ConformanceFact]
    public async Task Reindex_replaces_changed_story_without_duplicates()
    {
        await UpsertAllAsync();
        var (changed, changedChunks) = TestStories.Create(
            "planet/harbor-bridge",
            "The harbor bridge closed again.\n\nInspectors found cracks in the span.",
            "Daily Planet",
            new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.FromHours(1)));

        await Index.UpsertStoryAsync(changed, changedChunks);

        Assert.Empty(await Index.SearchAsync(Query("rivets")));
        var span = await Index.SearchAsync(Query("span"));
        Assert.Equal(["planet/harbor-bridge#1"], span.Select(h => h.Chunk.Id));
        Assert.Equal("Inspectors found cracks in the span.", span[0].Chunk.Text);
        Assert.Equal(changed, await Index.GetStoryAsync(changed.Id));
        var listing = Assert.Single(await Index.ListStoriesAsync(), s => s.StoryId == changed.Id);
        Assert.Equal(2, listing.ChunkCount);
        Assert.Equal(changed.ContentHash, (await Index.GetContentHashesAsync())[changed.Id]);
        Assert.Equal(7, (await Index.GetTermStatisticsAsync([])).ChunkCount);
    }

    [ConformanceFact]
    public async Task Reindex_with_more_chunks_keeps_every_chunk()
    {
        var (first, firstChunks) = TestStories.Create("s/grow", "Alpha paragraph.\n\nBeta paragraph.");
        await Index.UpsertStoryAsync(first, firstChunks);
        var (grown, grownChunks) = TestStories.Create("s/grow", "Alpha paragraph.\n\nBeta paragraph.\n\nGamma paragraph.");

        await Index.UpsertStoryAsync(grown, grownChunks);

        var hits = await Index.SearchAsync(Query("alpha beta gamma"));
        Assert.Equal(["s/grow#0", "s/grow#1", "s/grow#2"], hits.Select(h => h.Chunk.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, Assert.Single(await Index.ListStoriesAsync()).ChunkCount);
    }

    [ConformanceFact]
    public async Task Upserting_an_unchanged_story_again_changes_nothing()
    {
        await UpsertAllAsync();
        var before = await Index.SearchAsync(Query("harbor park budget"));

        var (harbor, chunks) = TestStories.Harbor();
        await Index.UpsertStoryAsync(harbor, chunks);

        // Chunks of equal score may come in another order: the contract ranks, it does not break ties.
        var after = await Index.SearchAsync(Query("harbor park budget"));
        Assert.Equal(before.Select(h => h.Chunk).OrderBy(c => c.Id, StringComparer.Ordinal), after.Select(h => h.Chunk).OrderBy(c => c.Id, StringComparer.Ordinal));
        Assert.Equal(8, (await Index.GetTermStatisticsAsync([])).ChunkCount);
    }

    [ConformanceFact]
    public async Task Deleted_story_is_gone_and_the_others_are_untouched()
    {
        await UpsertAllAsync();
        var (harbor, _) = TestStories.Harbor();

        await Index.DeleteStoryAsync(harbor.Id);

        Assert.Null(await Index.GetStoryAsync(harbor.Id));
        Assert.Equal(["gazette/budget#2"], (await Index.SearchAsync(Query("harbor"))).Select(h => h.Chunk.Id));
        Assert.Equal(["gazette/budget", "wire/flood"], (await Index.ListStoriesAsync()).Select(s => s.StoryId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(harbor.Id, (await Index.GetContentHashesAsync()).Keys);
        Assert.Equal(TestStories.Flood().Story, await Index.GetStoryAsync("wire/flood"));
    }

    [ConformanceFact]
    public async Task Deleting_an_unknown_story_does_nothing()
    {
        await UpsertAllAsync();

        await Index.DeleteStoryAsync("nowhere/nothing");

        Assert.Equal(3, (await Index.ListStoriesAsync()).Count);
    }

    [ConformanceFact]
    public async Task Listing_gives_each_story_with_its_chunk_count_and_hash()
    {
        var stories = await UpsertAllAsync();

        var listing = (await Index.ListStoriesAsync()).OrderBy(s => s.StoryId, StringComparer.Ordinal).ToList();

        var expected = stories
            .Select(s => new StoryListing(s.Story.Id, s.Story.Source, s.Story.Metadata, s.Chunks.Count, s.Story.ContentHash))
            .OrderBy(s => s.StoryId, StringComparer.Ordinal);
        Assert.Equal(expected, listing);
    }

    [ConformanceFact]
    public async Task Content_hashes_are_given_per_source_or_for_all()
    {
        var stories = await UpsertAllAsync();

        var wire = await Index.GetContentHashesAsync("wire");
        var all = await Index.GetContentHashesAsync();

        var flood = stories.Single(s => s.Story.Source == "wire").Story;
        Assert.Equal(new Dictionary<string, string> { [flood.Id] = flood.ContentHash }, wire);
        Assert.Equal(stories.ToDictionary(s => s.Story.Id, s => s.Story.ContentHash), all);
    }

    [ConformanceFact]
    public async Task Term_statistics_count_the_chunks_containing_each_term()
    {
        await UpsertAllAsync();
        var harbor = Tokenizer.Terms("harbor").Single();
        var park = Tokenizer.Terms("park").Single();

        var statistics = await Index.GetTermStatisticsAsync([harbor, park, "zebra"]);

        Assert.Equal(8, statistics.ChunkCount);
        Assert.Equal(2, statistics.DocumentFrequency[harbor]);
        Assert.Equal(2, statistics.DocumentFrequency[park]);
        Assert.Equal(0, statistics.DocumentFrequency.GetValueOrDefault("zebra"));
    }

    [ConformanceFact]
    public async Task An_empty_index_lists_nothing_and_finds_nothing()
    {
        Assert.Empty(await Index.ListStoriesAsync());
        Assert.Empty(await Index.GetContentHashesAsync());
        Assert.Empty(await Index.SearchAsync(Query("harbor")));
        Assert.Equal(0, (await Index.GetTermStatisticsAsync(["harbor"])).ChunkCount);
    }

    protected static IndexQuery Query(string question, int limit = 50, IndexFilter? filter = null) =>
        new(Tokenizer.DistinctTerms(question), limit, Filter: filter);

    protected async Task<List<(Story Story, IReadOnlyList<Chunk> Chunks)>> UpsertAllAsync()
    {
        List<(Story Story, IReadOnlyList<Chunk> Chunks)> stories = [TestStories.Harbor(), TestStories.Budget(), TestStories.Flood()];
        foreach (var (story, chunks) in stories) await Index.UpsertStoryAsync(story, chunks);
        return stories;
    }
}
