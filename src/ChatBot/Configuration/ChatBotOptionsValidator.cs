using Microsoft.Extensions.Options;

namespace ChatBot.Configuration;

/// <summary>Checks the source list as a whole, naming the key at fault.</summary>
public sealed class ChatBotOptionsValidator : IValidateOptions<ChatBotOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatBotOptions options)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var key = $"ChatBot:Sources:{i}";
            if (string.IsNullOrWhiteSpace(source.Name)) failures.Add($"{key}:Name is required.");
            else if (!seen.Add(source.Name)) failures.Add($"{key}:Name '{source.Name}' is used by another source.");
            switch (source.Type.ToLowerInvariant())
            {
                case "folder" when string.IsNullOrWhiteSpace(source.Path):
                    failures.Add($"{key}:Path is required for a Folder source.");
                    break;
                case "feed" or "page" when !Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"):
                    failures.Add($"{key}:Url must be an absolute http or https address for a {source.Type} source.");
                    break;
                case not ("folder" or "feed" or "page"):
                    failures.Add($"{key}:Type must be Folder, Feed or Page (was '{source.Type}').");
                    break;
            }

            if (source.Interval < TimeSpan.FromSeconds(10)) failures.Add($"{key}:Interval must be at least 00:00:10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
