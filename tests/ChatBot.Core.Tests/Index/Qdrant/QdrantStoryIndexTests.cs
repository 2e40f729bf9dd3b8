using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Text;
using Qdrant.Client.Grpc;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>The calls <see cref="QdrantStoryIndex"/> makes for writes and searches, as decoded by the loopback Qdrant, and what it makes of the answers.</summary>
public sealed class QdrantStoryIndexTests(FakeQdrantFixture fixture) : IClassFixture<FakeQdrantFixture>
{
    [Fact]
    public async Task Upsert_writes_the_chunks_then_deletes_the_stale_ones_then_writes_the_story_point_each_with_wait()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        var before = fixture.Server.SentTo(options).Count;

        await index.UpsertStoryAsync(story, chunks);

        var sent = fixture.Server.SentTo(options).Skip(before).ToList();
        Assert.Equal(["qdrant.Points/Upsert", "qdrant.Points/Delete", "qdrant.Points/Upsert"], sent.Select(r => r.Method));
        Assert.True(sent[0].As<UpsertPoints>().Wait && sent[1].As<DeletePoints>().Wait && sent[2].As<UpsertPoints>().Wait);
        Assert.Equal(chunks.Select(c => QdrantPointId.ForChunk(story.Id, c.Ordinal)), sent[0].As<UpsertPoints>().Points.Select(p => p.Id.Uuid));
        var stale = sent[1].As<DeletePoints>().Points.Filter;
        Assert.Equal(
            """{ "must": [ { "field": { "key": "story_id", "match": { "keyword": "planet/harbor-bridge" } } }, { "field": { "key": "kind", "match": { "keyword": "chunk" } } }, { "field": { "key": "ordinal", "range": { "gte": 3 } } } ] }""",
            stale.ToString());
        Assert.Equal(QdrantPointId.ForStory(story.Id), sent[2].As<UpsertPoints>().Points.Single().Id.Uuid);
    }

    [Fact]
    public async Task A_chunk_point_carries_everything_a_citation_needs()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();

        await index.UpsertStoryAsync(story, chunks);

        var point = fixture.Server.Collection(options.Collection)!.Points.Single(p => p.Id == QdrantPointId.ForChunk(story.Id, 1));
        var payload = point.Payload;
        Assert.Equal("planet/harbor-bridge", payload["story_id"].StringValue);
        Assert.Equal("news", payload["source"].StringValue);
        Assert.Equal("Title of planet/harbor-bridge", payload["title"].StringValue);
        Assert.Equal("Daily Planet", payload["outlet"].StringValue);
        Assert.Equal("daily planet", payload["outlet_key"].StringValue);
        Assert.Equal("https://example.test/planet/harbor-bridge", payload["url"].StringValue);
        Assert.Equal("2024-03-01T09:30:00.0000000+01:00", payload["published"].StringValue);
        Assert.Equal("A. Writer", payload["author"].StringValue);
        Assert.Equal(story.ContentHash, payload["content_hash"].StringValue);
        Assert.Equal(1, payload["ordinal"].IntegerValue);
        Assert.Equal(chunks[1].Text, payload["text"].StringValue);
        Assert.Equal(chunks[1].Start, payload["start"].IntegerValue);
        Assert.Equal(chunks[1].End, payload["end"].IntegerValue);
        Assert.Equal(Tokenizer.DistinctTerms(chunks[1].Text), payload["terms"].ListValue.Values.Select(v => v.StringValue));
        Assert.Equal(PassageSentences.Encode(PassageSentences.Of(chunks[1].Text)), payload["sentences"].StringValue);
        Assert.Equal(Bm25SparseEncoder.ForChunk(chunks[1].Text).Indices, point.Sparse["bm25"].Keys.Order());
    }

    [Fact]
    public async Task A_story_read_back_keeps_the_offset_of_its_publication_date()
    {
        var (index, _) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks);

        var read = await index.GetStoryAsync(story.Id);

        Assert.Equal(TimeSpan.FromHours(1), read!.Metadata.Published!.Value.Offset);
    }

    [Fact]
    public async Task A_chunk_written_before_sentences_were_stored_is_split_when_read()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks);
        foreach (var point in fixture.Server.Collection(options.Collection)!.Points) point.Payload.Remove("sentences");

        var hit = Assert.Single(await index.SearchAsync(new IndexQuery(["rivet"], 5)));

        Assert.Equal(PassageSentences.Of(hit.Chunk.Text).Select(s => s.Span), hit.Sentences.Select(s => s.Span));
    }

    [Fact]
    public async Task Several_stories_are_read_with_one_retrieve_of_their_story_points()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        foreach (var (story, chunks) in new[] { TestStories.Harbor(), TestStories.Flood() }) await index.UpsertStoryAsync(story, chunks);
        var before = fixture.Server.SentTo(options).Count;

        var read = await index.GetStoriesAsync(["planet/harbor-bridge", "wire/flood", "planet/harbor-bridge", "nowhere/nothing"]);

        var sent = Assert.Single(fixture.Server.SentTo(options).Skip(before));
        Assert.Equal("qdrant.Points/Get", sent.Method);
        var get = sent.As<GetPoints>();
        Assert.Equal([QdrantPointId.ForStory("planet/harbor-bridge"), QdrantPointId.ForStory("wire/flood"), QdrantPointId.ForStory("nowhere/nothing")], get.Ids.Select(i => i.Uuid));
        Assert.True(get.WithPayload.Enable);
        Assert.False(get.WithVectors.Enable);
        Assert.Equal(2, read.Count);
    }

    [Fact]
    public async Task Lexical_search_queries_the_sparse_vector_directly_with_the_filter_and_keeps_its_scores()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var filter = new IndexFilter(["Daily Planet", "daily planet"], ["planet/harbor-bridge"], new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)));

        await index.SearchAsync(new IndexQuery(["harbor"], 5, Filter: filter));

        var query = fixture.Server.SentTo(options).Last().As<QueryPoints>();
        var expectedFilter = """{ "must": [ { "field": { "key": "kind", "match": { "keyword": "chunk" } } }, { "field": { "key": "outlet_key", "match": { "keywords": { "strings": [ "daily planet" ] } } } }, { "field": { "key": "story_id", "match": { "keywords": { "strings": [ "planet/harbor-bridge" ] } } } }, { "field": { "key": "published", "datetimeRange": { "gte": "2024-01-01T00:00:00Z" } } } ] }""";
        // One vector needs no fusion: queried directly, the hits keep their BM25 scores, which say how well
        // each matches (a fused rank would not).
        Assert.Empty(query.Prefetch);
        Assert.Equal("bm25", query.Using);
        Assert.Equal([Bm25SparseEncoder.TermIndex("harbor")], query.Query.Nearest.Sparse.Indices);
        Assert.Equal(expectedFilter, query.Filter.ToString());
        Assert.Equal(5ul, query.Limit);
        Assert.DoesNotContain("terms", query.WithPayload.Include.Fields);
        Assert.False(query.WithVectors.Enable);
    }

    [Fact]
    public async Task A_search_by_meaning_queries_the_dense_vector_and_ranks_by_similarity()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o => o.DenseVectorSize = 3);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks, [[1, 0, 0], [0.6f, 0.8f, 0], [0, 0, 1]]);

        var hits = await index.SearchAsync(new IndexQuery([], 10, Vector: [0, 1, 0]));

        var query = fixture.Server.SentTo(options).Last().As<QueryPoints>();
        Assert.Empty(query.Prefetch);
        Assert.Equal("dense", query.Using);
        Assert.Equal([0f, 1f, 0f], query.Query.Nearest.Dense.Data);
        // Chunk 1 is nearest (cosine 0.8); the others are orthogonal to the question.
        Assert.Equal("planet/harbor-bridge#1", hits[0].Chunk.Id);
        Assert.Equal(0.8, hits[0].Score, 3);
    }

    [Fact]
    public async Task A_search_by_meaning_finds_nothing_in_a_collection_without_dense_vectors()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var sent = fixture.Server.SentTo(options).Count;

        var hits = await index.SearchAsync(new IndexQuery([], 10, Vector: [0, 1, 0]));

        Assert.Empty(hits);
        Assert.Equal(sent, fixture.Server.SentTo(options).Count);
    }

    [Fact]
    public async Task Dense_vectors_are_left_out_when_no_vector_size_is_configured()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();

        await index.UpsertStoryAsync(story, chunks, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);

        var upsert = fixture.Server.SentTo(options).First(r => r.Method == "qdrant.Points/Upsert").As<UpsertPoints>();
        Assert.Equal(["bm25"], upsert.Points[0].Vectors.Vectors_.Vectors.Keys);
    }

    [Fact]
    public async Task Term_statistics_are_exact_counts_with_a_filter()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks);
        var before = fixture.Server.SentTo(options).Count;

        var statistics = await index.GetTermStatisticsAsync(["harbor"]);

        var counts = fixture.Server.SentTo(options).Skip(before).ToList();
        Assert.All(counts, r => Assert.Equal("qdrant.Points/Count", r.Method));
        Assert.All(counts, r => Assert.True(r.As<CountPoints>().Exact));
        Assert.Equal(
            """{ "must": [ { "field": { "key": "kind", "match": { "keyword": "chunk" } } }, { "field": { "key": "terms", "match": { "keyword": "harbor" } } } ] }""",
            counts[1].As<CountPoints>().Filter.ToString());
        Assert.Equal(3, statistics.ChunkCount);
        Assert.Equal(1, statistics.DocumentFrequency["harbor"]);
    }

    [Fact]
    public async Task Listing_pages_through_the_story_points_with_scroll()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        for (var i = 0; i < 300; i++)
        {
            var (story, chunks) = TestStories.Create($"bulk/{i:D3}", $"Story number {i}.");
            await index.UpsertStoryAsync(story, chunks);
        }

        var listing = await index.ListStoriesAsync();

        Assert.Equal(300, listing.Select(s => s.StoryId).Distinct().Count());
        var scrolls = fixture.Server.SentTo(options).Where(r => r.Method == "qdrant.Points/Scroll").Select(r => r.As<ScrollPoints>()).ToList();
        Assert.Equal(2, scrolls.Count);
        Assert.Null(scrolls[0].Offset);
        Assert.NotNull(scrolls[1].Offset);
    }
}
