namespace ChatBot.Configuration;

/// <summary>
/// The configuration cannot be used: a file that is not valid JSON, or a value that does not convert to its
/// setting's type. Every sentence names the file or the key (and the bad value); the command exits with 4.
/// </summary>
public sealed class ConfigurationException(IReadOnlyList<string> failures, Exception? inner = null)
    : Exception(string.Join(" ", failures), inner)
{
    /// <summary>One sentence per problem.</summary>
    public IReadOnlyList<string> Failures { get; } = failures;
}
