namespace ChatBot.Discord.Conversations;

/// <summary>The turns of one thread or reply chain, newest last, in the channel they happened in.</summary>
internal sealed record Conversation(string Key, string ChannelId, IReadOnlyList<ConversationTurn> Turns, DateTimeOffset LastActive)
{
    public ConversationTurn Last => Turns[^1];

    /// <summary>
    /// The text retrieval searches with: the new question, then the earlier questions and the stories the last answer
    /// cited, so "And what did the company say about it?" finds the stories the conversation is about.
    /// </summary>
    public string RetrievalQuestion(string question)
    {
        var earlier = string.Join(" ", Turns.Select(t => t.Question));
        var stories = Last.CitedStories.Count > 0 ? $" Stories: {string.Join("; ", Last.CitedStories)}." : "";
        return $"{question}\n\nEarlier in this conversation: {earlier}{stories}";
    }
}
