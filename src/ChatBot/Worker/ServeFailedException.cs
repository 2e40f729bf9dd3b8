namespace ChatBot.Worker;

/// <summary>
/// A running serve's reindex failed. It carries serve's sentence and exit code, word for word, so the CLI says and
/// exits what it would have had it indexed itself (3 for an unavailable index, 1 for a story folder gone, …).
/// </summary>
public sealed class ServeFailedException(string sentence, int exitCode) : Exception(sentence)
{
    /// <summary>The exit code serve's failure has for every verb (<see cref="Commands.CommandErrors.Describe"/>).</summary>
    public int ExitCode { get; } = exitCode;
}
