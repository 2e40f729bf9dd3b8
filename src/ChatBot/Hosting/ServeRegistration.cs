using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Hosting;

/// <summary>The hosted services that only <c>serve</c> runs.</summary>
public static class ServeRegistration
{
    public static IServiceCollection AddServeComponents(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
