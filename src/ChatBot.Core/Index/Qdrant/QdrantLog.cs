using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Log lines of the Qdrant index. The API key never reaches one. Failures are logged at Debug only: each becomes
/// an <see cref="IndexUnavailableException"/> carrying the same words, which its catcher reports once (the CLI as
/// its one-line error, the worker and /healthz in their own logs), so they are not said twice.
/// </summary>
internal static partial class QdrantLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created Qdrant collection {Collection} (dense vector size {DenseVectorSize}, shards {ShardNumber}, replication {ReplicationFactor})")]
    public static partial void CollectionCreated(ILogger logger, string collection, int? denseVectorSize, int? shardNumber, int? replicationFactor);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Qdrant collection {Collection} already exists with the expected vectors")]
    public static partial void CollectionExists(ILogger logger, string collection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created payload index on {Field} ({Schema}) in Qdrant collection {Collection}")]
    public static partial void PayloadIndexCreated(ILogger logger, string collection, string field, string schema);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Qdrant call {Operation} failed with {Status}: {Error}")]
    public static partial void RequestFailed(ILogger logger, string operation, string status, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Qdrant at {Endpoint} is unreachable: {Reason}")]
    public static partial void Unreachable(ILogger logger, string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Indexed story {StoryId} in Qdrant: {ChunkCount} chunks")]
    public static partial void StoryUpserted(ILogger logger, string storyId, int chunkCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted story {StoryId} from Qdrant")]
    public static partial void StoryDeleted(ILogger logger, string storyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dense vectors were given for story {StoryId} but ChatBot:Index:Qdrant:DenseVectorSize is not set; indexing it for lexical search only")]
    public static partial void DenseVectorsIgnored(ILogger logger, string storyId);
}
