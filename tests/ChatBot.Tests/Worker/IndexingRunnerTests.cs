using ChatBot.Configuration;
using ChatBot.Hosting;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Worker;

public sealed class IndexingRunnerTests : IDisposable
{
    private readonly StoryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_source_that_cannot_be_read_is_reported_and_recorded_while_the_others_are_indexed()
    {
        _folder.Generate(2);
        using var host = WorkerHost.Build(_folder, extra: new Dictionary<string, string?>
        {
            ["ChatBot:Sources:1:Name"] = "gone",
            ["ChatBot:Sources:1:Type"] = "Folder",
            ["ChatBot:Sources:1:Path"] = Path.Combine(_folder.Root, "missing"),
        });

        var summary = await host.Services.GetRequiredService<IndexingRunner>().ReindexAsync(null);
        var statuses = await host.Services.GetRequiredService<ISourceStatusStore>().ListAsync();

        Assert.Equal(2, summary.Added);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal("gone", failure.Location);
        Assert.Contains("does not exist", failure.Reason);
        Assert.Equal(["docs", "gone"], statuses.Select(s => s.Name));
        Assert.Null(statuses[0].LastError);
        Assert.Equal(2, statuses[0].Added);
        Assert.Contains("does not exist", statuses[1].LastError);
        Assert.NotNull(statuses[1].LastRunFinished);
    }

    [Fact]
    public void Bad_sources_stop_start_up_with_messages_naming_the_key()
    {
        var options = new ChatBotOptions
        {
            Sources =
            [
                new SourceOptions { Name = "wire", Type = "Feed", Url = "ftp://wire.example/feed" },
                new SourceOptions { Name = "page", Type = "Page" },
                new SourceOptions { Name = "x", Type = "Mailbox" },
                new SourceOptions { Name = "fast", Type = "Folder", Path = "seeds", Interval = TimeSpan.FromSeconds(1) },
            ],
        };

        var result = new ChatBotOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "ChatBot:Sources:0:Url must be an absolute http or https address for a Feed source.",
                "ChatBot:Sources:1:Url must be an absolute http or https address for a Page source.",
                "ChatBot:Sources:2:Type must be Folder, Feed or Page (was 'Mailbox').",
                "ChatBot:Sources:3:Interval must be at least 00:00:10.",
            ],
            result.Failures);
    }

    [Fact]
    public async Task A_bad_worker_option_stops_serve_at_start_naming_the_key()
    {
        using var host = WorkerHost.Build(_folder, extra: new Dictionary<string, string?> { ["ChatBot:Worker:HealthPort"] = "70000" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ChatBot:Worker:HealthPort must be between 0 and 65535.", string.Join(" ", e.Failures));
    }
}
