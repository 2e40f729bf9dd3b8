using Grpc.Core;
using Microsoft.Extensions.Logging;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Creates the collection and its payload indexes when missing, and checks an existing one: a collection
/// whose vectors differ from the configuration is reported, never overwritten.
/// </summary>
internal sealed class QdrantCollectionSetup(QdrantClient client, QdrantErrors errors, QdrantOptions options, ILogger logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var name = options.Collection;
        var exists = await errors.RunAsync("CollectionExists", () => client.CollectionExistsAsync(name, cancellationToken), cancellationToken);
        CollectionInfo? info = null;
        if (exists)
        {
            info = await GetInfoAsync(cancellationToken);
            CheckVectors(info);
            QdrantLog.CollectionExists(logger, name);
        }
        else
        {
            info = await CreateAsync(cancellationToken);
        }

        await EnsurePayloadIndexesAsync(info, cancellationToken);
    }

    private Task<CollectionInfo> GetInfoAsync(CancellationToken cancellationToken) =>
        errors.RunAsync("GetCollectionInfo", () => client.GetCollectionInfoAsync(options.Collection, cancellationToken), cancellationToken);

    /// <returns>The collection's info when another instance created it first; null when this call created it.</returns>
    private async Task<CollectionInfo?> CreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await errors.RunAsync("CreateCollection", () => client.CreateCollectionAsync(CreateRequest(), cancellationToken), cancellationToken);
            QdrantLog.CollectionCreated(logger, options.Collection, options.DenseVectorSize, options.ShardNumber, options.ReplicationFactor);
            return null;
        }
        catch (QdrantRequestException ex) when (ex.StatusCode is StatusCode.AlreadyExists or StatusCode.InvalidArgument)
        {
            // Another instance may have created it in the meantime; accept it if its vectors are ours.
            var info = await GetInfoAsync(cancellationToken);
            CheckVectors(info);
            return info;
        }
    }

    /// <summary>The request itself, not the client's overloads, so that unset cluster settings stay Qdrant's defaults.</summary>
    private CreateCollection CreateRequest()
    {
        var request = new CreateCollection
        {
            CollectionName = options.Collection,
            SparseVectorsConfig = new SparseVectorConfig { Map = { [SparseVectorName] = new SparseVectorParams { Modifier = Modifier.Idf } } },
        };
        if (options.DenseVectorSize is { } size)
        {
            request.VectorsConfig = new VectorsConfig
            {
                ParamsMap = new VectorParamsMap { Map = { [DenseVectorName] = new VectorParams { Size = (ulong)size, Distance = Distance.Cosine } } },
            };
        }

        if (options.ShardNumber is { } shards) request.ShardNumber = (uint)shards;
        if (options.ReplicationFactor is { } replicas) request.ReplicationFactor = (uint)replicas;
        return request;
    }

    private void CheckVectors(CollectionInfo info)
    {
        var parameters = info.Config?.Params;
        if (parameters?.SparseVectorsConfig?.Map.TryGetValue(SparseVectorName, out var sparse) != true || sparse!.Modifier != Modifier.Idf)
        {
            throw Mismatch($"has no sparse vector '{SparseVectorName}' with modifier idf");
        }

        if (options.DenseVectorSize is not { } expected) return;

        var vectors = parameters.VectorsConfig;
        if (vectors?.ConfigCase == VectorsConfig.ConfigOneofCase.Params)
        {
            throw Mismatch("has a single unnamed vector instead of named vectors");
        }

        if (vectors?.ParamsMap?.Map.TryGetValue(DenseVectorName, out var dense) != true)
        {
            throw Mismatch($"has no dense vector '{DenseVectorName}' but ChatBot:Index:Qdrant:DenseVectorSize is {expected}");
        }

        if (dense!.Size != (ulong)expected)
        {
            throw Mismatch($"has dense vectors of size {dense.Size} but ChatBot:Index:Qdrant:DenseVectorSize is {expected} (the embedding model changed?)");
        }
    }

    private QdrantRequestException Mismatch(string what) => new(
        $"Qdrant collection '{options.Collection}' {what}. It was left as it is: point ChatBot:Index:Qdrant:Collection at a new collection, or delete this one to rebuild it.",
        null,
        isTransient: false);

    private async Task EnsurePayloadIndexesAsync(CollectionInfo? existing, CancellationToken cancellationToken)
    {
        foreach (var (field, schema) in Indexes)
        {
            if (existing?.PayloadSchema.TryGetValue(field, out var present) == true && present.DataType == schema) continue;

            var result = await errors.RunAsync(
                "CreatePayloadIndex",
                () => client.CreatePayloadIndexAsync(options.Collection, field, schema, wait: true, cancellationToken: cancellationToken),
                cancellationToken);
            QdrantWrites.EnsureCompleted(result, $"the payload index on {field}");
            QdrantLog.PayloadIndexCreated(logger, options.Collection, field, schema.ToString());
        }
    }
}
