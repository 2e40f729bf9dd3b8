using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Creates the collection and its payload indexes when missing, and checks an existing one: a collection
/// whose vectors differ from the configuration is reported, never overwritten.
/// </summary>
internal sealed class QdrantCollectionSetup(QdrantRestClient client, QdrantOptions options, ILogger logger)
{
    private string CollectionPath => $"collections/{Uri.EscapeDataString(options.Collection)}";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var (found, info) = await client.SendAllowingNotFoundAsync(HttpMethod.Get, CollectionPath, cancellationToken);
        if (found)
        {
            CheckVectors(info);
            QdrantLog.CollectionExists(logger, options.Collection);
        }
        else
        {
            info = await CreateAsync(cancellationToken);
        }

        await EnsurePayloadIndexesAsync(info?["payload_schema"] as JsonObject, cancellationToken);
    }

    private async Task<JsonNode?> CreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await client.SendAsync(HttpMethod.Put, CollectionPath, CreateBody(), cancellationToken);
            if (created?.GetValue<bool>() != true)
            {
                throw new QdrantException($"Qdrant did not create collection '{options.Collection}'.", 200, isTransient: true);
            }

            QdrantLog.CollectionCreated(logger, options.Collection, options.DenseVectorSize, options.ShardNumber, options.ReplicationFactor);
            return null;
        }
        catch (QdrantException ex) when (ex.StatusCode is 400 or 409)
        {
            // Another instance may have created it in the meantime; accept it if its vectors are ours.
            var (found, info) = await client.SendAllowingNotFoundAsync(HttpMethod.Get, CollectionPath, cancellationToken);
            if (!found) throw;
            CheckVectors(info);
            return info;
        }
    }

    private JsonObject CreateBody()
    {
        var body = new JsonObject
        {
            ["sparse_vectors"] = new JsonObject
            {
                [SparseVectorName] = new JsonObject { ["modifier"] = "idf" },
            },
        };
        if (options.DenseVectorSize is { } size)
        {
            body["vectors"] = new JsonObject
            {
                [DenseVectorName] = new JsonObject { ["size"] = size, ["distance"] = "Cosine" },
            };
        }

        if (options.ShardNumber is { } shards) body["shard_number"] = shards;
        if (options.ReplicationFactor is { } replicas) body["replication_factor"] = replicas;
        return body;
    }

    private void CheckVectors(JsonNode? info)
    {
        var parameters = info?["config"]?["params"];
        var sparse = parameters?["sparse_vectors"]?[SparseVectorName];
        if (sparse is null || sparse["modifier"]?.GetValue<string>() != "idf")
        {
            throw Mismatch($"has no sparse vector '{SparseVectorName}' with modifier idf");
        }

        if (options.DenseVectorSize is not { } expected) return;

        var vectors = parameters?["vectors"] as JsonObject;
        if (vectors is not null && vectors.ContainsKey("size"))
        {
            throw Mismatch("has a single unnamed vector instead of named vectors");
        }

        if (vectors?[DenseVectorName]?["size"]?.GetValue<long>() is not { } actual)
        {
            throw Mismatch($"has no dense vector '{DenseVectorName}' but ChatBot:Index:Qdrant:DenseVectorSize is {expected}");
        }

        if (actual != expected)
        {
            throw Mismatch($"has dense vectors of size {actual} but ChatBot:Index:Qdrant:DenseVectorSize is {expected} (the embedding model changed?)");
        }
    }

    private QdrantException Mismatch(string what) => new(
        $"Qdrant collection '{options.Collection}' {what}. It was left as it is: point ChatBot:Index:Qdrant:Collection at a new collection, or delete this one to rebuild it.",
        null,
        isTransient: false);

    private async Task EnsurePayloadIndexesAsync(JsonObject? existing, CancellationToken cancellationToken)
    {
        foreach (var (field, schema) in Indexes)
        {
            if (existing?[field]?["data_type"]?.GetValue<string>() == schema) continue;

            var body = new JsonObject { ["field_name"] = field, ["field_schema"] = schema };
            await client.WriteAsync(HttpMethod.Put, $"{CollectionPath}/index", body, cancellationToken);
            QdrantLog.PayloadIndexCreated(logger, options.Collection, field, schema);
        }
    }
}
