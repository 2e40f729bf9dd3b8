namespace ChatBot.Core.Ingestion.Pages;

/// <summary>The validators of a conditional GET: sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record HttpValidators(string? ETag, DateTimeOffset? LastModified)
{
    /// <summary>No validators: the request is unconditional.</summary>
    public static HttpValidators None { get; } = new(null, null);

    /// <summary>True when there is something to send.</summary>
    public bool Any => ETag is not null || LastModified is not null;
}
