using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Hosting;

/// <summary>
/// Refuses a bot token that comes from a settings file such as appsettings.json: files get committed, and a
/// committed token is a leaked token. The environment variable (or user-secrets) is the place for it.
/// </summary>
internal sealed class TokenSourceValidator(IConfiguration configuration) : IValidateOptions<DiscordOptions>
{
    private const string TokenKey = DiscordOptions.SectionName + ":" + nameof(DiscordOptions.Token);

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return ValidateOptionsResult.Skip;
        }

        foreach (var provider in root.Providers.OfType<FileConfigurationProvider>())
        {
            var path = provider.Source.Path ?? "";
            if (!path.EndsWith("secrets.json", StringComparison.OrdinalIgnoreCase)
                && provider.TryGet(TokenKey, out var token) && !string.IsNullOrEmpty(token))
            {
                return ValidateOptionsResult.Fail(
                    $"ChatBot:Discord:Token is set in {Path.GetFileName(path)}: remove it from the file and put the token in the environment variable ChatBot__Discord__Token.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
