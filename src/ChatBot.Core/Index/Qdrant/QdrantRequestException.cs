using Grpc.Core;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Qdrant answered, but not with success: a rejected API key, an error in the request, a write that did not
/// complete, or a collection whose shape differs from the configuration.
/// </summary>
public sealed class QdrantRequestException : IndexUnavailableException
{
    public QdrantRequestException(string detail, StatusCode? statusCode, bool isTransient, Exception? innerException = null)
        : base(detail, innerException, isTransient)
    {
        StatusCode = statusCode;
    }

    /// <summary>The gRPC status Qdrant answered with; null when the failure was not a gRPC status.</summary>
    public StatusCode? StatusCode { get; }
}
