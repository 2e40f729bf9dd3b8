namespace ChatBot.Core.Index;

/// <summary>
/// The index could not be reached or refused a request. <see cref="Exception.Message"/> starts with
/// <see cref="UserMessage"/> and then says what went wrong, for the operator; a user is shown
/// <see cref="UserMessage"/> alone.
/// </summary>
public class IndexUnavailableException : Exception
{
    /// <summary>What a user is told when the index cannot answer.</summary>
    public const string UserMessage = "The index is unavailable, try again shortly.";

    public IndexUnavailableException()
        : this(null, null)
    {
    }

    public IndexUnavailableException(string? detail)
        : this(detail, null)
    {
    }

    public IndexUnavailableException(string? detail, Exception? innerException)
        : this(detail, innerException, isTransient: true)
    {
    }

    /// <param name="detail">What went wrong, for the operator's log.</param>
    /// <param name="innerException">The failure underneath, if any.</param>
    /// <param name="isTransient">True when retrying later may succeed (the index was unreachable or busy).</param>
    public IndexUnavailableException(string? detail, Exception? innerException, bool isTransient)
        : this(isTransient, string.IsNullOrWhiteSpace(detail) ? UserMessage : $"{UserMessage} {detail}", innerException)
    {
    }

    /// <summary>For a subclass whose message is already the whole sentence for the operator: used as given, with no prefix.</summary>
    protected IndexUnavailableException(bool isTransient, string sentence, Exception? innerException = null)
        : base(sentence, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>
    /// True when retrying later may succeed (unreachable, timed out, busy); false when the request itself
    /// or the configuration is wrong (a rejected API key, a malformed request, a mismatched collection).
    /// </summary>
    public bool IsTransient { get; }
}
