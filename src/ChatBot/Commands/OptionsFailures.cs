using System.Text.RegularExpressions;

namespace ChatBot.Commands;

/// <summary>
/// Options validation failures as the sentences our options carry: DataAnnotations wraps each one in
/// "DataAnnotation validation failed for 'X' members: 'Y' with the error: '…'.", which says the class, not the key.
/// </summary>
internal static partial class OptionsFailures
{
    public static string Sentences(IEnumerable<string> failures) =>
        string.Join(" ", failures.Select(f => Wrapped().Match(f) is { Success: true } m ? m.Groups["sentence"].Value : f).Distinct(StringComparer.Ordinal));

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<sentence>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Wrapped();
}
