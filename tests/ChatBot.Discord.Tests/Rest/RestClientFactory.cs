using ChatBot.Discord.Hosting;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Rest;

/// <summary>The REST client exactly as AddDiscordBot wires it, pointed at a fake Discord.</summary>
internal static class RestClientFactory
{
    public static ServiceProvider Create(FakeDiscord discord, out IDiscordRestClient client)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Discord:Token"] = FakeDiscord.BotToken,
            ["ChatBot:Discord:RestBaseUrl"] = discord.RestBaseUrl,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddDiscordBot(configuration).BuildServiceProvider();
        client = services.GetRequiredService<IDiscordRestClient>();
        return services;
    }
}
