using System.Net.Http.Headers;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Conversations;
using ChatBot.Discord.Digests;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Hosting;

/// <summary>Registers the Discord bot in the generic host.</summary>
public static class DiscordServiceCollectionExtensions
{
    private const string HttpClientName = "ChatBot.Discord";

    /// <summary>
    /// Adds the Discord bot as a hosted service, configured from the "ChatBot:Discord" section (validated on start).
    /// The caller registers <c>IAnswerService</c>, <c>IStoryCatalog</c>, <c>IReindexRequests</c>, <c>IFeedbackStore</c> and
    /// <c>IDigestLedger</c> (<see cref="SqliteFeedbackStore"/> and <see cref="SqliteDigestLedger"/> on the index database).
    /// </summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>>(new TokenSourceValidator(configuration)));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new GatewayTimings());
        services.TryAddSingleton(new RegistrationTimings());

        // Logging of the HTTP client is removed: interaction tokens are part of the request URLs.
        services.AddHttpClient(HttpClientName, ConfigureHttpClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddSingleton<IDiscordRestClient>(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), sp.GetRequiredService<RestRateLimiter>()));

        services.TryAddSingleton<IdentifyGate>();
        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<RecentIds>();
        services.TryAddSingleton<WorkTracker>();
        services.TryAddSingleton<AbuseLimits>();
        services.TryAddSingleton<AdminPolicy>();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddSingleton<KnownThreads>();

        // Per event, in a scope of its own: the answer service, catalog and reindex requests may be scoped.
        services.TryAddScoped<InteractionResponder>();
        services.TryAddScoped<LimitedAnswering>();
        services.TryAddSingleton<AnswerFeedback>();
        services.TryAddScoped<FeedbackButtonHandler>();
        services.TryAddScoped<OutletAutocomplete>();
        services.TryAddScoped<DigestPoster>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IBotCommand, AskSlashCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IBotCommand, SummarizeSlashCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IBotCommand, SourcesSlashCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IBotCommand, ReindexSlashCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IBotCommand, CheckAgainstSourcesCommand>());
        services.TryAddScoped<CommandRouter>();
        services.TryAddScoped<MentionHandler>();
        services.TryAddSingleton<IGatewayDispatchHandler, DiscordEventHandler>();
        services.TryAddSingleton<CommandRegistrar>();
        // Registered before the bot so it stops after it: answers still being sent while the bot drains get kept.
        services.TryAddSingleton<FeedbackAnswerWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedbackAnswerWriter>());
        services.AddHostedService<DiscordBotService>();
        services.AddHostedService<DigestService>();
        return services;
    }

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        http.BaseAddress = new Uri(options.RestBaseUrl.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent.For(options.UserAgentUrl));
    }
}
