using ChatBot.Core.Index.Qdrant;
using Qdrant.Client.Grpc;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>What <see cref="QdrantStoryIndex.InitializeAsync"/> asks of Qdrant, as decoded from the wire.</summary>
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

        var create = Assert.Single(fixture.Server.SentTo(options), r => r.Method == "qdrant.Collections/Create").As<CreateCollection>();
        Assert.Equal(Modifier.Idf, create.SparseVectorsConfig.Map["bm25"].Modifier);
        var dense = create.VectorsConfig.ParamsMap.Map["dense"];
        Assert.Equal((4ul, Distance.Cosine), (dense.Size, dense.Distance));
        Assert.Equal((3u, 2u), (create.ShardNumber, create.ReplicationFactor));
    }

    [Fact]
    public async Task Without_an_embedding_model_or_cluster_settings_the_collection_has_only_the_sparse_vector_and_qdrant_defaults()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);

        await index.InitializeAsync();

        var create = Assert.Single(fixture.Server.SentTo(options), r => r.Method == "qdrant.Collections/Create").As<CreateCollection>();
        Assert.Equal(["bm25"], create.SparseVectorsConfig.Map.Keys);
        Assert.Null(create.VectorsConfig);
        // Unset, so that a cluster spreads the shards over its nodes instead of being told "1".
        Assert.False(create.HasShardNumber);
        Assert.False(create.HasReplicationFactor);
    }

    [Fact]
    public async Task Initialize_creates_the_payload_indexes_and_waits_for_them()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);

        await index.InitializeAsync();

        var indexes = fixture.Server.SentTo(options).Where(r => r.Method == "qdrant.Points/CreateFieldIndex").Select(r => r.As<CreateFieldIndexCollection>()).ToList();
        Assert.All(indexes, r => Assert.True(r.Wait));
        var fields = indexes.ToDictionary(r => r.FieldName, r => r.FieldType);
        Assert.Equal(FieldType.Keyword, fields["story_id"]);
        Assert.Equal(FieldType.Keyword, fields["outlet_key"]);
        Assert.Equal(FieldType.Datetime, fields["published"]);
        Assert.Equal(FieldType.Integer, fields["ordinal"]);
        Assert.Equal(fields.Count, fixture.Server.Collection(options.Collection)!.PayloadIndexes.Count);
    }

    [Fact]
    public async Task Initializing_an_existing_collection_again_writes_nothing()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o => o.DenseVectorSize = 4);
        await index.InitializeAsync();
        var before = fixture.Server.SentTo(options).Count;

        await new QdrantStoryIndex(fixture.Client, options).InitializeAsync();

        var again = fixture.Server.SentTo(options).Skip(before).ToList();
        Assert.Equal(["qdrant.Collections/CollectionExists", "qdrant.Collections/Get"], again.Select(r => r.Method));
    }

    [Fact]
    public async Task An_existing_collection_with_another_vector_size_is_reported_and_left_as_it_is()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture, o => o.DenseVectorSize = 4);
        fixture.Server.CreateCollection(new CreateCollection
        {
            CollectionName = options.Collection,
            VectorsConfig = new VectorsConfig { ParamsMap = new VectorParamsMap { Map = { ["dense"] = new VectorParams { Size = 3, Distance = Distance.Cosine } } } },
            SparseVectorsConfig = new SparseVectorConfig { Map = { ["bm25"] = new SparseVectorParams { Modifier = Modifier.Idf } } },
        });

        var error = await Assert.ThrowsAsync<QdrantRequestException>(() => index.InitializeAsync());

        Assert.Contains($"Qdrant collection '{options.Collection}' has dense vectors of size 3 but ChatBot:Index:Qdrant:DenseVectorSize is 4", error.Message);
        Assert.Contains("left as it is", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(["qdrant.Collections/CollectionExists", "qdrant.Collections/Get"], fixture.Server.SentTo(options).Select(r => r.Method));
        Assert.Equal(3, fixture.Server.Collection(options.Collection)!.DenseSizes["dense"]);
    }

    [Fact]
    public async Task An_existing_collection_without_the_sparse_vector_is_reported()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        fixture.Server.CreateCollection(new CreateCollection
        {
            CollectionName = options.Collection,
            VectorsConfig = new VectorsConfig { Params = new VectorParams { Size = 3, Distance = Distance.Dot } },
        });

        var error = await Assert.ThrowsAsync<QdrantRequestException>(() => index.InitializeAsync());

        Assert.Contains("has no sparse vector 'bm25' with modifier idf", error.Message);
    }

    [Fact]
    public async Task A_collection_created_meanwhile_by_another_instance_is_accepted_when_its_vectors_match()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        // Exists says no, then another instance wins the race to create it.
        fixture.Server.AnswerNext(r => r.Collection == options.Collection && r.Method == "qdrant.Collections/CollectionExists", new CollectionExistsResponse { Result = new CollectionExists() });
        fixture.Server.CreateCollection(new CreateCollection
        {
            CollectionName = options.Collection,
            SparseVectorsConfig = new SparseVectorConfig { Map = { ["bm25"] = new SparseVectorParams { Modifier = Modifier.Idf } } },
        });

        await index.InitializeAsync();

        Assert.Equal(
            ["qdrant.Collections/CollectionExists", "qdrant.Collections/Create", "qdrant.Collections/Get"],
            fixture.Server.SentTo(options).Take(3).Select(r => r.Method));
        Assert.NotEmpty(fixture.Server.Collection(options.Collection)!.PayloadIndexes);
    }
}
