using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Llm;

/// <summary>Registers the model endpoint (ChatBot:Llm); without a configured model nothing changes.</summary>
public static class LlmServiceRegistration
{
    public static IServiceCollection AddChatBotLlm(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, ApiKeySourceValidator>();
        services.AddLlmHttpClients();
        services.AddSingleton<LlmClients>();
        services.AddSingleton<LlmPipelineParts>();
        return services;
    }
}
