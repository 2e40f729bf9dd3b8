namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Qdrant answered, but not with success: a rejected API key, an error in the request, a write that did not
/// complete in time, or a collection whose shape differs from the configuration.
/// </summary>
public sealed class QdrantException : IndexUnavailableException
{
    public QdrantException(string detail, int? statusCode, bool isTransient, Exception? innerException = null)
        : base(detail, innerException, isTransient)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status Qdrant answered with; null when the failure was not an HTTP status.</summary>
    public int? StatusCode { get; }
}
