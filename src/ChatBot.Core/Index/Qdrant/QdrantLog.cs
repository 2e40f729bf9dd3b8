using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>Log lines of the Qdrant index. The API key never reaches one.</summary>
internal static partial class QdrantLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created Qdrant collection {Collection} (dense vector size {DenseVectorSize}, shards {ShardNumber}, replication {ReplicationFactor})")]
    public static partial void CollectionCreated(ILogger logger, string collection, int? denseVectorSize, int? shardNumber, int? replicationFactor);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Qdrant collection {Collection} already exists with the expected vectors")]
    public static partial void CollectionExists(ILogger logger, string collection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created payload index on {Field} ({Schema}) in Qdrant collection {Collection}")]
    public static partial void PayloadIndexCreated(ILogger logger, string collection, string field, string schema);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qdrant request {Method} {Path} failed with HTTP {StatusCode}: {Error}")]
    public static partial void RequestFailed(ILogger logger, string method, string path, int statusCode, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Qdrant at {BaseUrl} is unreachable: {Reason}")]
    public static partial void Unreachable(ILogger logger, string baseUrl, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Indexed story {StoryId} in Qdrant: {ChunkCount} chunks")]
    public static partial void StoryUpserted(ILogger logger, string storyId, int chunkCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted story {StoryId} from Qdrant")]
    public static partial void StoryDeleted(ILogger logger, string storyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dense vectors were given for story {StoryId} but ChatBot:Index:Qdrant:DenseVectorSize is not set; indexing it for lexical search only")]
    public static partial void DenseVectorsIgnored(ILogger logger, string storyId);
}
