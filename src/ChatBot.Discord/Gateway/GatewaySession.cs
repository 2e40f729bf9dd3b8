namespace ChatBot.Discord.Gateway;

/// <summary>What survives a reconnect: the session id, resume URL and last sequence number.</summary>
internal sealed class GatewaySession
{
    private readonly Lock _gate = new();
    private string? _sessionId;
    private string? _resumeUrl;
    private long? _sequence;

    public bool CanResume
    {
        get
        {
            lock (_gate)
            {
                return _sessionId is not null && _resumeUrl is not null;
            }
        }
    }

    public string? SessionId
    {
        get
        {
            lock (_gate)
            {
                return _sessionId;
            }
        }
    }

    public string? ResumeUrl
    {
        get
        {
            lock (_gate)
            {
                return _resumeUrl;
            }
        }
    }

    public long? Sequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    public void Track(long sequenceNumber)
    {
        lock (_gate)
        {
            _sequence = sequenceNumber;
        }
    }

    public void Start(string id, string url)
    {
        lock (_gate)
        {
            _sessionId = id;
            _resumeUrl = url;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _sessionId = null;
            _resumeUrl = null;
            _sequence = null;
        }
    }
}
