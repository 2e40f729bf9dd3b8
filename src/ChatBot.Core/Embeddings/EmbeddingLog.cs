using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Embeddings;

/// <summary>Log lines of dense retrieval.</summary>
internal static partial class EmbeddingLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Embedding {Count} texts failed ({Reason}); continuing with BM25 alone")]
    public static partial void Failed(ILogger logger, int count, string reason, Exception exception);
}
