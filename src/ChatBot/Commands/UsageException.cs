namespace ChatBot.Commands;

/// <summary>The command line asks for something that cannot be done (a blank question, a file where a folder is wanted); the message is the sentence shown.</summary>
internal sealed class UsageException(string message) : Exception(message);
