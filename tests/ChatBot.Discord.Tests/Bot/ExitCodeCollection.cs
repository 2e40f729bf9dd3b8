namespace ChatBot.Discord.Tests.Bot;

/// <summary>Tests that set Environment.ExitCode run one at a time and put it back.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExitCodeCollection
{
    public const string Name = "Environment.ExitCode";
}
