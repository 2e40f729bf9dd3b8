using System.Globalization;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Worker;

/// <summary>The serve host with only the worker's parts, over one folder source, /healthz on a free port.</summary>
public static class WorkerHost
{
    public static IHost Build(StoryFolder folder, bool indexOnStart = true, bool watch = false, TimeSpan? interval = null, IDictionary<string, string?>? extra = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["ChatBot:Index:SqlitePath"] = folder.DatabasePath,
            ["ChatBot:Sources:0:Name"] = "docs",
            ["ChatBot:Sources:0:Type"] = "Folder",
            ["ChatBot:Sources:0:Path"] = folder.Stories,
            ["ChatBot:Sources:0:Interval"] = (interval ?? TimeSpan.FromHours(1)).ToString("c", CultureInfo.InvariantCulture),
            ["ChatBot:Worker:IndexOnStart"] = indexOnStart.ToString(),
            ["ChatBot:Worker:WatchFolders"] = watch.ToString(),
            ["ChatBot:Worker:FolderDebounce"] = "00:00:00.200",
            ["ChatBot:Worker:HealthPort"] = "0",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) overrides[key] = value;
        var builder = ChatBotHost.CreateBuilder(overrides, LogLevel.Warning);
        builder.Services.AddServeComponents();
        return builder.Build();
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }
}
