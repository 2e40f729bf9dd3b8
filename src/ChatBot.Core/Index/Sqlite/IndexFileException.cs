namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// The embedded index file cannot be used as it is (not a database, a newer schema, locked, read-only). The
/// message is one sentence for the operator: what is wrong with which file and what to do; the file is left
/// as it was. A Discord user still sees <see cref="IndexUnavailableException.UserMessage"/> alone.
/// </summary>
public sealed class IndexFileException(string sentence, Exception? innerException = null, bool isTransient = false)
    : IndexUnavailableException(isTransient, sentence, innerException);
