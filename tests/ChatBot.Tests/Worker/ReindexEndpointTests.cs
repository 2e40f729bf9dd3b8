using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Worker;

public sealed class ReindexEndpointTests : IDisposable
{
    private readonly StoryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_cli_client_queues_a_reindex_with_serve_and_follows_its_progress_to_the_summary()
    {
        _folder.Generate(4);
        using var host = WorkerHost.Build(_folder, indexOnStart: false);
        await host.StartAsync();
        using var http = new HttpClient();
        var client = new ReindexClient(http, host.Services.GetRequiredService<HealthEndpoint>().Port!.Value);
        var progress = new List<IndexingProgress>();

        var summary = await client.ReindexAsync("docs", new Collect(progress));
        var again = await client.ReindexAsync(null);
        await host.StopAsync();

        Assert.Equal(4, summary.Added);
        Assert.NotEmpty(progress);
        Assert.All(progress, p => Assert.Equal(4, p.Total));
        Assert.Equal((0, 4), (again.Added, again.Unchanged));
    }

    [Fact]
    public async Task An_unknown_source_is_refused_with_its_name()
    {
        using var host = WorkerHost.Build(_folder, indexOnStart: false);
        await host.StartAsync();
        using var http = new HttpClient();
        var client = new ReindexClient(http, host.Services.GetRequiredService<HealthEndpoint>().Port!.Value);

        var e = await Assert.ThrowsAsync<ServeFailedException>(() => client.ReindexAsync("nope"));
        await host.StopAsync();

        Assert.Equal("There is no source named 'nope'.", e.Message);
        Assert.Equal(ChatBot.Commands.CommandErrors.Describe(new ArgumentException("There is no source named 'nope'.")), ChatBot.Commands.CommandErrors.Describe(e));
    }

    [Fact]
    public async Task An_unavailable_index_reaches_the_cli_client_with_serves_sentence_and_exit_code_3()
    {
        using var host = WorkerHost.Build(_folder, indexOnStart: false, extra: new Dictionary<string, string?>
        {
            ["ChatBot:Index:Provider"] = "Qdrant",
            ["ChatBot:Index:Qdrant:Url"] = "http://127.0.0.1:1",
        });
        await host.StartAsync();
        using var http = new HttpClient();
        var client = new ReindexClient(http, host.Services.GetRequiredService<HealthEndpoint>().Port!.Value);

        var e = await Assert.ThrowsAsync<ServeFailedException>(() => client.ReindexAsync(null));
        await host.StopAsync();

        Assert.StartsWith(IndexUnavailableException.UserMessage + " Qdrant at http://127.0.0.1:1", e.Message);
        Assert.Equal((e.Message, 3), ChatBot.Commands.CommandErrors.Describe(e));
    }

    [Fact]
    public async Task Without_a_running_serve_the_client_fails_to_connect_so_the_cli_indexes_itself()
    {
        using var http = new HttpClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => new ReindexClient(http, 1).ReindexAsync(null));
    }

    private sealed class Collect(List<IndexingProgress> list) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            lock (list) list.Add(value);
        }
    }
}
