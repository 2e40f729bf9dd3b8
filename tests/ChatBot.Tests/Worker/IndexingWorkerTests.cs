using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Worker;

public sealed class IndexingWorkerTests : IDisposable
{
    private readonly StoryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Indexes_every_source_at_start_up_and_reports_it_on_healthz()
    {
        _folder.Generate(5);
        using var host = WorkerHost.Build(_folder);
        await host.StartAsync();
        using var http = new HttpClient();
        var port = host.Services.GetRequiredService<HealthEndpoint>().Port;
        var url = $"http://127.0.0.1:{port}/healthz";

        JsonElement health = default;
        await WorkerHost.EventuallyAsync(async () =>
        {
            using var response = await http.GetAsync(url);
            health = await response.Content.ReadFromJsonAsync<JsonElement>();
            return response.IsSuccessStatusCode && health.GetProperty("sources").GetArrayLength() == 1;
        }, "the first run to be recorded");
        await host.StopAsync();

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("indexReachable").GetBoolean());
        var source = health.GetProperty("sources")[0];
        Assert.Equal("docs", source.GetProperty("name").GetString());
        Assert.Equal(5, source.GetProperty("added").GetInt32());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("lastError").ValueKind);
    }

    [Fact]
    public async Task A_reindex_request_is_queued_run_and_answered_with_its_summary_and_progress()
    {
        _folder.Generate(3);
        using var host = WorkerHost.Build(_folder, indexOnStart: false);
        await host.StartAsync();
        var progress = new List<IndexingProgress>();

        var summary = await host.Services.GetRequiredService<IReindexRequests>().ReindexAsync("docs", new ListProgress(progress));
        await host.StopAsync();

        Assert.IsType<ReindexQueue>(host.Services.GetRequiredService<IReindexRequests>());
        Assert.Equal(3, summary.Added);
        Assert.Equal([1, 2, 3], progress.Select(p => p.Done));
        Assert.All(progress, p => Assert.Equal(3, p.Total));
    }

    [Fact]
    public async Task A_reindex_of_an_unknown_source_fails_at_once_with_its_name()
    {
        using var host = WorkerHost.Build(_folder, indexOnStart: false);
        await host.StartAsync();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => host.Services.GetRequiredService<IReindexRequests>().ReindexAsync("nope"));
        await host.StopAsync();

        Assert.StartsWith("There is no source named 'nope'.", e.Message);
    }

    [Fact]
    public async Task A_reindex_cancelled_halfway_leaves_every_story_whole_and_the_next_run_completes_it()
    {
        _folder.Generate(200);
        using var host = WorkerHost.Build(_folder, indexOnStart: false);
        await host.StartAsync();
        var requests = host.Services.GetRequiredService<IReindexRequests>();
        using var cancel = new CancellationTokenSource();
        var halfway = new ListProgress([], p =>
        {
            if (p.Done == 100) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => requests.ReindexAsync("docs", halfway, cancel.Token));
        var next = await requests.ReindexAsync("docs");
        var (stories, problems) = await IndexConsistency.CheckAsync(_folder.DatabasePath);
        await host.StopAsync();

        Assert.Empty(problems);
        Assert.Equal(200, stories);
        Assert.InRange(next.Added, 100, 101);
        Assert.Equal(200, next.Added + next.Unchanged);
    }

    [Fact]
    public async Task The_folder_watcher_picks_up_an_added_a_changed_and_a_deleted_file()
    {
        _folder.Generate(2);
        using var host = WorkerHost.Build(_folder, watch: true);
        var index = host.Services.GetRequiredService<IStoryIndex>();
        // The test reads the index before the worker's first run may have created its tables.
        await index.InitializeAsync();
        await host.StartAsync();
        await WorkerHost.EventuallyAsync(async () => (await Hashes(index)).Count == 2, "the start-up run");

        _folder.Write("added.txt", StoryFolder.StoryText(500));
        await WorkerHost.EventuallyAsync(async () => (await Hashes(index)).ContainsKey("added.txt"), "the added file to be indexed");

        var before = (await Hashes(index))["story-00000.txt"];
        _folder.Write("story-00000.txt", StoryFolder.StoryText(900));
        await WorkerHost.EventuallyAsync(async () => (await Hashes(index))["story-00000.txt"] != before, "the changed file to be reindexed");

        _folder.Delete("story-00001.txt");
        await WorkerHost.EventuallyAsync(async () => !(await Hashes(index)).ContainsKey("story-00001.txt"), "the deleted file to be removed");
        await host.StopAsync();

        var story = await index.GetStoryAsync("story-00000.txt");
        Assert.Contains("story 900", story!.Text);
    }

    [Fact]
    public async Task Stopping_during_a_run_cancels_it_between_stories()
    {
        _folder.Generate(300);
        using var host = WorkerHost.Build(_folder);
        var activity = host.Services.GetRequiredService<IndexingActivity>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        activity.ProgressChanged += (_, p) =>
        {
            if (p.Done >= 20) started.TrySetResult();
        };
        await host.StartAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await host.StopAsync();
        var (stories, problems) = await IndexConsistency.CheckAsync(_folder.DatabasePath);

        Assert.Empty(problems);
        Assert.InRange(stories, 20, 300);
    }

    private static Task<IReadOnlyDictionary<string, string>> Hashes(IStoryIndex index) => index.GetContentHashesAsync("docs");

    private sealed class ListProgress(List<IndexingProgress> list, Action<IndexingProgress>? also = null) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            list.Add(value);
            also?.Invoke(value);
        }
    }
}
