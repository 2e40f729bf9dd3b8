using ChatBot.Core.Index;

namespace ChatBot.Worker;

/// <summary>
/// The index was unavailable to a running serve's reindex. The message is serve's sentence, word for word, so the
/// CLI prints what it prints when it indexes itself (the base class would put its own prefix before it again).
/// </summary>
public sealed class ServeIndexUnavailableException(string sentence) : IndexUnavailableException(isTransient: true, sentence);
