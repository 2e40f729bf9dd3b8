using System.ComponentModel.DataAnnotations;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Where and how the Qdrant index is kept (<c>ChatBot:Index:Qdrant</c>). The API key comes from the environment
/// (<c>ChatBot__Index__Qdrant__ApiKey</c>) or user-secrets, never from the committed appsettings.json.
/// </summary>
public sealed class QdrantOptions : IValidatableObject
{
    public const string SectionName = "ChatBot:Index:Qdrant";

    /// <summary>Qdrant's REST port; ChatBot speaks gRPC, so a URL on this port is a configuration mistake.</summary>
    internal const int RestPort = 6333;

    /// <summary>
    /// Qdrant's gRPC endpoint, e.g. <c>http://localhost:6334</c>; <c>https://</c> encrypts the connection
    /// (Qdrant Cloud and any Qdrant started with TLS).
    /// </summary>
    [Required]
    public string Url { get; set; } = "http://localhost:6334";

    /// <summary>Sent as the <c>api-key</c> metadata of every call when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Collection holding the stories' points.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,255}$", ErrorMessage = "ChatBot:Index:Qdrant:Collection may contain only letters, digits, '_', '-' and '.'.")]
    public string Collection { get; set; } = "chatbot_stories";

    /// <summary>Shards of a new collection; null leaves Qdrant's default (1, or the node count in a cluster).</summary>
    [Range(1, 1024, ErrorMessage = "ChatBot:Index:Qdrant:ShardNumber must be between 1 and 1024.")]
    public int? ShardNumber { get; set; }

    /// <summary>Replicas of each shard of a new collection; null leaves Qdrant's default (1).</summary>
    [Range(1, 64, ErrorMessage = "ChatBot:Index:Qdrant:ReplicationFactor must be between 1 and 64.")]
    public int? ReplicationFactor { get; set; }

    /// <summary>Size of the dense vectors of the configured embedding model; null for lexical search only.</summary>
    [Range(1, 65536, ErrorMessage = "ChatBot:Index:Qdrant:DenseVectorSize must be between 1 and 65536.")]
    public int? DenseVectorSize { get; set; }

    /// <summary>The deadline of one gRPC call; past it the index is reported unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the options, naming the key at fault; throws <see cref="ValidationException"/>.</summary>
    public void EnsureValid() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                $"ChatBot:Index:Qdrant:Url must be an absolute http or https URL of Qdrant's gRPC endpoint, not '{Url}'.", [nameof(Url)]);
        }
        else if (uri.Port == RestPort)
        {
            // The most likely mistake after the move from REST to gRPC: the old URL still configured.
            yield return new ValidationResult(
                $"ChatBot:Index:Qdrant:Url points at port {RestPort}, Qdrant's REST port; ChatBot uses Qdrant's gRPC port (6334 unless changed).", [nameof(Url)]);
        }
        else if (uri.AbsolutePath != "/")
        {
            yield return new ValidationResult(
                $"ChatBot:Index:Qdrant:Url must not have a path (gRPC calls go to the host and port), not '{Url}'.", [nameof(Url)]);
        }

        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult(
                "ChatBot:Index:Qdrant:RequestTimeout must be more than zero and at most 10 minutes.", [nameof(RequestTimeout)]);
        }
    }

    /// <summary>The gRPC endpoint; TLS when its scheme is https.</summary>
    internal Uri Endpoint => new(Url, UriKind.Absolute);
}
