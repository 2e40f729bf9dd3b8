namespace ChatBot.Discord.Gateway;

/// <summary>What survives a reconnect: the session id, resume URL and last sequence number.</summary>
internal sealed class GatewaySession
{
    private readonly Lock gate = new();
    private string? sessionId;
    private string? resumeUrl;
    private long? sequence;

    public bool CanResume
    {
        get
        {
            lock (gate)
            {
                return sessionId is not null && resumeUrl is not null;
            }
        }
    }

    public string? SessionId
    {
        get
        {
            lock (gate)
            {
                return sessionId;
            }
        }
    }

    public string? ResumeUrl
    {
        get
        {
            lock (gate)
            {
                return resumeUrl;
            }
        }
    }

    public long? Sequence
    {
        get
        {
            lock (gate)
            {
                return sequence;
            }
        }
    }

    public void Track(long sequenceNumber)
    {
        lock (gate)
        {
            sequence = sequenceNumber;
        }
    }

    public void Start(string id, string url)
    {
        lock (gate)
        {
            sessionId = id;
            resumeUrl = url;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            sessionId = null;
            resumeUrl = null;
            sequence = null;
        }
    }
}
