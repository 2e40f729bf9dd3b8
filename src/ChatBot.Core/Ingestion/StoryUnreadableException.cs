namespace ChatBot.Core.Ingestion;

/// <summary>A story that cannot be read or parsed; the message is the reason shown to the user.</summary>
public sealed class StoryUnreadableException(string reason, Exception? inner = null) : Exception(reason, inner);
