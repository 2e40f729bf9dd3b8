using Qdrant.Client;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>The one place a <see cref="QdrantClient"/> is made from the options.</summary>
public static class QdrantClients
{
    /// <summary>
    /// A client for the configured gRPC endpoint (TLS when the URL is https), sending the API key as
    /// <c>api-key</c> metadata and giving every call <see cref="QdrantOptions.RequestTimeout"/> as its deadline.
    /// The client's own logging is left off: failures are logged once, by the index, without the key.
    /// </summary>
    public static QdrantClient Create(QdrantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        return new QdrantClient(options.Endpoint, options.ApiKey, options.RequestTimeout);
    }
}
