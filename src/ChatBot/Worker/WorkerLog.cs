using Microsoft.Extensions.Logging;

namespace ChatBot.Worker;

/// <summary>The indexing worker's log messages.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Indexed source {Source}: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Failed} failed")]
    public static partial void SourceIndexed(ILogger logger, string source, int added, int updated, int removed, int unchanged, int failed);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Source {Source} could not be indexed: {Reason}")]
    public static partial void SourceFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Indexing {Source}")]
    public static partial void ReindexStarted(ILogger logger, string source);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Folder {Folder} changed; reindexing source {Source}")]
    public static partial void FolderChanged(ILogger logger, string folder, string source);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Watching folder {Folder} failed ({Reason}); the periodic rescan still covers it")]
    public static partial void WatcherFailed(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Health endpoint listening on {Address}")]
    public static partial void HealthListening(ILogger logger, string address);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Health endpoint could not listen on 127.0.0.1:{Port}: {Reason}")]
    public static partial void HealthUnavailable(ILogger logger, int port, string reason);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "The index is not reachable: {Reason}")]
    public static partial void IndexUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Reindex of {Source} failed")]
    public static partial void ReindexFailed(ILogger logger, string source, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Indexing worker stopped; every story written is whole")]
    public static partial void Stopped(ILogger logger);
}
