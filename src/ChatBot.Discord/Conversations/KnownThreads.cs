using System.Collections.Concurrent;
using System.Text.Json;

namespace ChatBot.Discord.Conversations;

/// <summary>
/// Which channels are threads: learnt from GUILD_CREATE (its active threads), THREAD_CREATE and THREAD_LIST_SYNC
/// (the GUILDS intent delivers them), and from a message's <c>position</c>, which only messages in threads carry.
/// </summary>
internal sealed class KnownThreads
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);

    public void OnGuildCreate(JsonElement guild) => AddAll(guild, "threads");

    public void OnThreadListSync(JsonElement sync) => AddAll(sync, "threads");

    public void OnThreadCreate(JsonElement thread) => Add(thread);

    public void OnThreadDelete(JsonElement thread)
    {
        if (thread.TryGetProperty("id", out var id) && id.GetString() is { } key)
        {
            _ids.TryRemove(key, out _);
        }
    }

    public bool IsThread(JsonElement message) =>
        message.TryGetProperty("position", out _)
        || (message.TryGetProperty("channel_id", out var channel) && channel.GetString() is { } id && _ids.ContainsKey(id));

    private void AddAll(JsonElement container, string property)
    {
        if (container.TryGetProperty(property, out var threads) && threads.ValueKind == JsonValueKind.Array)
        {
            foreach (var thread in threads.EnumerateArray())
            {
                Add(thread);
            }
        }
    }

    private void Add(JsonElement thread)
    {
        if (thread.TryGetProperty("id", out var id) && id.GetString() is { } key)
        {
            _ids[key] = 0;
        }
    }
}
