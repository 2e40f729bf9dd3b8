using System.Text.Json.Nodes;
using ChatBot.Core.Index.Qdrant;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>What <see cref="QdrantStoryIndex.InitializeAsync"/> sends to Qdrant, byte for byte where it matters.</summary>
public sealed class QdrantCollectionSetupTests(FakeQdrantFixture fixture) : IClassFixture<FakeQdrantFixture>
{
    [Fact]
    public async Task Initialize_creates_the_collection_with_an_idf_sparse_vector_a_cosine_dense_vector_and_cluster_settings()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o =>
        {
            o.DenseVectorSize = 4;
            o.ShardNumber = 3;
            o.ReplicationFactor = 2;
        });

        await index.InitializeAsync();

        var create = Assert.Single(fixture.Server.SentTo(options), r => r.Method == "PUT" && r.Path == $"/collections/{options.Collection}");
        var expected = """{"sparse_vectors":{"bm25":{"modifier":"idf"}},"vectors":{"dense":{"size":4,"distance":"Cosine"}},"shard_number":3,"replication_factor":2}""";
        Assert.Equal(expected, create.Body);
    }

    [Fact]
    public async Task Without_an_embedding_model_the_collection_has_only_the_sparse_vector()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);

        await index.InitializeAsync();

        var create = Assert.Single(fixture.Server.SentTo(options), r => r.Method == "PUT" && r.Path == $"/collections/{options.Collection}");
        Assert.Equal("""{"sparse_vectors":{"bm25":{"modifier":"idf"}}}""", create.Body);
    }

    [Fact]
    public async Task Initialize_creates_the_payload_indexes_and_waits_for_them()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);

        await index.InitializeAsync();

        var indexes = fixture.Server.SentTo(options).Where(r => r.Path.EndsWith("/index", StringComparison.Ordinal)).ToList();
        Assert.All(indexes, r => Assert.StartsWith("?wait=true", r.Query, StringComparison.Ordinal));
        var fields = indexes.Select(r => JsonNode.Parse(r.Body)!).ToDictionary(b => b["field_name"]!.GetValue<string>(), b => b["field_schema"]!.GetValue<string>());
        Assert.Equal("keyword", fields["story_id"]);
        Assert.Equal("keyword", fields["outlet_key"]);
        Assert.Equal("datetime", fields["published"]);
        Assert.Equal(fields.Count, fixture.Server.Collection(options.Collection)!.PayloadIndexes.Count);
    }

    [Fact]
    public async Task Initializing_an_existing_collection_again_writes_nothing()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o => o.DenseVectorSize = 4);
        await index.InitializeAsync();
        var before = fixture.Server.SentTo(options).Count;

        await new QdrantStoryIndex(fixture.HttpClient, options).InitializeAsync();

        var again = fixture.Server.SentTo(options).Skip(before).ToList();
        Assert.Equal(["GET"], again.Select(r => r.Method));
    }

    [Fact]
    public async Task An_existing_collection_with_another_vector_size_is_reported_and_left_as_it_is()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o => o.DenseVectorSize = 4);
        var existing = """{"vectors":{"dense":{"size":3,"distance":"Cosine"}},"sparse_vectors":{"bm25":{"modifier":"idf"}}}""";
        fixture.Server.CreateCollection(options.Collection, (JsonObject)JsonNode.Parse(existing)!);

        var error = await Assert.ThrowsAsync<QdrantException>(() => index.InitializeAsync());

        Assert.Contains($"Qdrant collection '{options.Collection}' has dense vectors of size 3 but ChatBot:Index:Qdrant:DenseVectorSize is 4", error.Message);
        Assert.Contains("left as it is", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(["GET"], fixture.Server.SentTo(options).Select(r => r.Method));
        Assert.Equal(3, fixture.Server.Collection(options.Collection)!.DenseSizes["dense"]);
    }

    [Fact]
    public async Task An_existing_collection_without_the_sparse_vector_is_reported()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        fixture.Server.CreateCollection(options.Collection, (JsonObject)JsonNode.Parse("""{"vectors":{"size":3,"distance":"Dot"}}""")!);

        var error = await Assert.ThrowsAsync<QdrantException>(() => index.InitializeAsync());

        Assert.Contains("has no sparse vector 'bm25' with modifier idf", error.Message);
    }
}
