using System.CommandLine;

namespace ChatBot.Commands;

/// <summary>
/// Arguments the parser rejects (an unknown option, a missing question): one line each and exit 2, like every
/// other usage error, instead of the whole help text; <c>--help</c> still shows it.
/// </summary>
internal static class CommandLineErrors
{
    public static int Report(ParseResult parse)
    {
        var verb = parse.CommandResult.Command is RootCommand ? "" : " " + parse.CommandResult.Command.Name;
        foreach (var error in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"{error.TrimEnd('.')} (see chatbot{verb} --help).");
        }

        return CommandErrors.Usage;
    }
}
