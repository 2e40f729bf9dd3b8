using System.Text.Json.Nodes;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>The requests <see cref="QdrantStoryIndex"/> sends for writes and searches, and what it makes of the answers.</summary>
public sealed class QdrantStoryIndexTests(FakeQdrantFixture fixture) : IClassFixture<FakeQdrantFixture>
{
    [Fact]
    public async Task Upsert_writes_the_chunks_then_deletes_the_stale_ones_then_writes_the_story_point()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        var before = fixture.Server.SentTo(options).Count;

        await index.UpsertStoryAsync(story, chunks);

        var sent = fixture.Server.SentTo(options).Skip(before).ToList();
        Assert.Equal(
            [$"PUT /collections/{options.Collection}/points", $"POST /collections/{options.Collection}/points/delete", $"PUT /collections/{options.Collection}/points"],
            sent.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(sent, r => Assert.Equal("?wait=true&timeout=20", r.Query));
        var chunkIds = JsonNode.Parse(sent[0].Body)!["points"]!.AsArray().Select(p => p!["id"]!.GetValue<string>());
        Assert.Equal(chunks.Select(c => QdrantPointId.ForChunk(story.Id, c.Ordinal)), chunkIds);
        var staleFilter = """{"filter":{"must":[{"key":"story_id","match":{"value":"planet/harbor-bridge"}},{"key":"kind","match":{"value":"chunk"}},{"key":"ordinal","range":{"gte":3}}]}}""";
        Assert.Equal(staleFilter, sent[1].Body);
        Assert.Equal(QdrantPointId.ForStory(story.Id), JsonNode.Parse(sent[2].Body)!["points"]![0]!["id"]!.GetValue<string>());
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
        Assert.Equal("planet/harbor-bridge", payload["story_id"]!.GetValue<string>());
        Assert.Equal("news", payload["source"]!.GetValue<string>());
        Assert.Equal("Title of planet/harbor-bridge", payload["title"]!.GetValue<string>());
        Assert.Equal("Daily Planet", payload["outlet"]!.GetValue<string>());
        Assert.Equal("daily planet", payload["outlet_key"]!.GetValue<string>());
        Assert.Equal("https://example.test/planet/harbor-bridge", payload["url"]!.GetValue<string>());
        Assert.Equal("2024-03-01T09:30:00.0000000+01:00", payload["published"]!.GetValue<string>());
        Assert.Equal("A. Writer", payload["author"]!.GetValue<string>());
        Assert.Equal(story.ContentHash, payload["content_hash"]!.GetValue<string>());
        Assert.Equal(1, payload["ordinal"]!.GetValue<int>());
        Assert.Equal(chunks[1].Text, payload["text"]!.GetValue<string>());
        Assert.Equal(chunks[1].Start, payload["start"]!.GetValue<int>());
        Assert.Equal(chunks[1].End, payload["end"]!.GetValue<int>());
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
    public async Task Lexical_search_sends_the_sparse_prefetch_with_the_filter_and_rrf_fusion()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var filter = new IndexFilter(["Daily Planet"], ["planet/harbor-bridge"], new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        await index.SearchAsync(new IndexQuery(["harbor"], 5, Filter: filter));

        var body = fixture.Server.SentTo(options).Last().Body;
        var query = JsonNode.Parse(body)!;
        var expectedFilter = """{"must":[{"key":"kind","match":{"value":"chunk"}},{"key":"outlet_key","match":{"any":["daily planet"]}},{"key":"story_id","match":{"any":["planet/harbor-bridge"]}},{"key":"published","range":{"gte":"2024-01-01T00:00:00.0000000+00:00"}}]}""";
        var prefetch = Assert.Single(query["prefetch"]!.AsArray())!;
        Assert.Equal("bm25", prefetch["using"]!.GetValue<string>());
        Assert.Equal($"[{Bm25SparseEncoder.TermIndex("harbor")}]", prefetch["query"]!["indices"]!.ToJsonString());
        Assert.Equal(2, body.Split($"\"filter\":{expectedFilter}").Length - 1); // in the prefetch and on the fused result
        Assert.Equal("""{"fusion":"rrf"}""", query["query"]!.ToJsonString());
        Assert.Equal(5, query["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task Hybrid_search_adds_a_dense_prefetch_and_finds_chunks_by_meaning_too()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o => o.DenseVectorSize = 3);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);

        var hits = await index.SearchAsync(new IndexQuery(Tokenizer.DistinctTerms("harbor"), 10, Vector: [0, 0, 1]));

        var query = JsonNode.Parse(fixture.Server.SentTo(options).Last().Body)!;
        Assert.Equal(["bm25", "dense"], query["prefetch"]!.AsArray().Select(p => p!["using"]!.GetValue<string>()));
        Assert.Equal("[0,0,1]", query["prefetch"]![1]!["query"]!.ToJsonString());
        // Chunk 0 has the word and fuses highest; chunk 2 comes by meaning alone, ahead of chunk 1, which has neither.
        Assert.Equal(["planet/harbor-bridge#0", "planet/harbor-bridge#2", "planet/harbor-bridge#1"], hits.Select(h => h.Chunk.Id));
    }

    [Fact]
    public async Task Dense_vectors_are_left_out_when_no_vector_size_is_configured()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        var (story, chunks) = TestStories.Harbor();

        await index.UpsertStoryAsync(story, chunks, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]);

        var upsert = JsonNode.Parse(fixture.Server.SentTo(options).First(r => r.Method == "PUT" && r.Path.EndsWith("/points", StringComparison.Ordinal)).Body)!;
        Assert.Equal(["bm25"], upsert["points"]![0]!["vector"]!.AsObject().Select(p => p.Key));
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
        Assert.All(counts, r => Assert.EndsWith("/points/count", r.Path, StringComparison.Ordinal));
        Assert.Equal("""{"filter":{"must":[{"key":"kind","match":{"value":"chunk"}},{"key":"terms","match":{"value":"harbor"}}]},"exact":true}""", counts[1].Body);
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
        var scrolls = fixture.Server.SentTo(options).Where(r => r.Path.EndsWith("/scroll", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, scrolls.Count);
        Assert.NotNull(JsonNode.Parse(scrolls[1].Body)!["offset"]);
    }
}
