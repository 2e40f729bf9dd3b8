using ChatBot.Tests.Support;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Worker;

/// <summary>The indexing worker meets a named pipe in a story folder as index does: reported, the rest indexed, no hang.</summary>
public sealed class WorkerFolderFaultTests : IDisposable
{
    private readonly StoryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_named_pipe_is_recorded_as_a_failure_and_the_other_stories_are_indexed()
    {
        _folder.Generate(3);
        SpecialFiles.MakeFifo(Path.Combine(_folder.Stories, "pipe.txt"));
        using var host = WorkerHost.Build(_folder);
        var statuses = host.Services.GetRequiredService<ISourceStatusStore>();

        await host.StartAsync();
        await WorkerHost.EventuallyAsync(async () => (await statuses.ListAsync()).Any(s => s.LastRunFinished is not null), "the first run to finish");
        await host.StopAsync();

        var status = Assert.Single(await statuses.ListAsync());
        Assert.Equal(3, status.Added);
        Assert.Equal(1, status.Failed);
        Assert.Contains("pipe.txt: a named pipe (FIFO), not a regular file: skipped", status.LastError);
    }
}
