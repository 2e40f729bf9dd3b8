using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Testing;

/// <summary>The one Kestrel start-up every fake server shares: 127.0.0.1, a free port, no logging of its own.</summary>
public static class LoopbackServer
{
    /// <summary>Builds, maps and starts an app; <paramref name="services"/> adds what its routes need.</summary>
    public static async Task<WebApplication> StartAsync(Action<WebApplication> map, Action<IServiceCollection>? services = null, HttpProtocols protocols = HttpProtocols.Http1)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = protocols));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>The address the app listens on, ending in a slash, e.g. http://127.0.0.1:41234/.</summary>
    public static Uri BaseUri(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
}
