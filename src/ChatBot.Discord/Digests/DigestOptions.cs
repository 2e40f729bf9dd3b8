namespace ChatBot.Discord.Digests;

/// <summary>One scheduled digest, an entry of ChatBot:Discord:Digests.</summary>
public sealed class DigestOptions
{
    /// <summary>The channel the digest is posted to.</summary>
    public string ChannelId { get; set; } = "";

    /// <summary>"daily HH:mm" (UTC) or "every 30m", "every 6h", "every 1d".</summary>
    public string Schedule { get; set; } = "";

    /// <summary>What to summarise; everything when empty.</summary>
    public string? Topic { get; set; }

    /// <summary>Only stories from these outlets or configured sources; all when empty.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Names this digest in the state table: the same settings after a restart are the same digest.</summary>
    public string Key => $"{ChannelId}|{Schedule.Trim().ToLowerInvariant()}|{Topic?.Trim()}|{string.Join(",", Sources.Order(StringComparer.Ordinal))}";
}
