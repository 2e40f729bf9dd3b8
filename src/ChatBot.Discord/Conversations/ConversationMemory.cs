namespace ChatBot.Discord.Conversations;

/// <summary>
/// Remembers follow-up context per thread or reply chain, in memory: the last <see cref="MaxTurns"/> turns, for
/// <see cref="IdleLifetime"/> after the last one. A conversation is only ever found from a message in its own
/// channel, so nothing said in one channel informs an answer in another.
/// </summary>
internal sealed class ConversationMemory(TimeProvider time)
{
    public const int MaxTurns = 3;
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Conversation> _byKey = new(StringComparer.Ordinal);

    /// <summary>Conversation keys by the ids of the bot's answer messages, so a reply to one finds its chain.</summary>
    private readonly Dictionary<string, string> _keyOfAnswer = new(StringComparer.Ordinal);

    public static string ThreadKey(string channelId) => "thread:" + channelId;

    public static string ChainKey(string firstMessageId) => "reply:" + firstMessageId;

    /// <summary>The live conversation under <paramref name="key"/> in <paramref name="channelId"/>, if any.</summary>
    public Conversation? Find(string key, string channelId)
    {
        lock (_gate)
        {
            Prune();
            return _byKey.TryGetValue(key, out var conversation) && conversation.ChannelId == channelId ? conversation : null;
        }
    }

    /// <summary>The key of the conversation one of the bot's answer messages belongs to, if it is still remembered.</summary>
    public string? KeyOfAnswer(string botMessageId)
    {
        lock (_gate)
        {
            Prune();
            return _keyOfAnswer.TryGetValue(botMessageId, out var key) && _byKey.ContainsKey(key) ? key : null;
        }
    }

    public void Record(string key, string channelId, ConversationTurn turn, IEnumerable<string> answerMessageIds)
    {
        lock (_gate)
        {
            Prune();
            var turns = _byKey.TryGetValue(key, out var existing) && existing.ChannelId == channelId ? existing.Turns : [];
            _byKey[key] = new Conversation(key, channelId, [.. turns.Append(turn).TakeLast(MaxTurns)], time.GetUtcNow());
            foreach (var id in answerMessageIds)
            {
                _keyOfAnswer[id] = key;
            }
        }
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, conversation) in _byKey)
        {
            if (now - conversation.LastActive > IdleLifetime)
            {
                _byKey.Remove(key);
            }
        }

        foreach (var (id, key) in _keyOfAnswer)
        {
            if (!_byKey.ContainsKey(key))
            {
                _keyOfAnswer.Remove(id);
            }
        }
    }
}
