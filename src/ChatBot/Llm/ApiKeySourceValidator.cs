using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.Llm;

/// <summary>Refuses an API key written into a committed JSON settings file: secrets come from the environment.</summary>
public sealed class ApiKeySourceValidator(IConfiguration configuration) : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (configuration is not IConfigurationRoot root) return ValidateOptionsResult.Success;
        var inFile = root.Providers.OfType<JsonConfigurationProvider>()
            .Any(p => p.TryGet(LlmOptions.SectionName + ":ApiKey", out var value) && !string.IsNullOrEmpty(value));
        return inFile
            ? ValidateOptionsResult.Fail("ChatBot:Llm:ApiKey must not be in appsettings.json; set the environment variable ChatBot__Llm__ApiKey (or use user-secrets).")
            : ValidateOptionsResult.Success;
    }
}
