using System.Text.Json;
using System.Threading.Channels;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Worker;

/// <summary>
/// POST /reindex[?source=NAME] on the loopback listener: queues a reindex with the worker (so the CLI's
/// <c>reindex</c> never runs beside it) and streams NDJSON: progress lines while it runs, then the summary.
/// </summary>
public sealed class ReindexEndpoint(ReindexQueue queue, SourceFactory sources)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task HandleAsync(HttpContext context)
    {
        var source = context.Request.Query["source"].FirstOrDefault();
        if (source is not null && sources.Named(source) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await WriteAsync(context, new ReindexStreamLine(Error: $"There is no source named '{source}'."));
            return;
        }

        context.Response.ContentType = "application/x-ndjson";
        // Latest progress only: the worker never waits for a slow reader.
        var updates = Channel.CreateBounded<IndexingProgress>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var run = queue.ReindexAsync(source, new ChannelProgress(updates.Writer), context.RequestAborted);
        while (!run.IsCompleted)
        {
            using (var wake = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
            {
                var update = updates.Reader.WaitToReadAsync(wake.Token).AsTask();
                await Task.WhenAny(run, update);
                await wake.CancelAsync();
                await ((Task)update).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            while (updates.Reader.TryRead(out var progress)) await WriteAsync(context, new ReindexStreamLine(Progress: progress));
        }

        try
        {
            await WriteAsync(context, new ReindexStreamLine(Summary: await run));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var (sentence, code) = Commands.CommandErrors.Describe(e);
            await WriteAsync(context, new ReindexStreamLine(Error: sentence, ExitCode: code));
        }
    }

    private static async Task WriteAsync(HttpContext context, ReindexStreamLine line)
    {
        await context.Response.WriteAsync(JsonSerializer.Serialize(line, Json) + "\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private sealed class ChannelProgress(ChannelWriter<IndexingProgress> writer) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value) => writer.TryWrite(value);
    }
}
