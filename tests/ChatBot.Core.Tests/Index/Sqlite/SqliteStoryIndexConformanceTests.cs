using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;

namespace ChatBot.Core.Tests.Index.Sqlite;

/// <summary>The conformance suite on the embedded index, one SQLite file per test in a temp folder.</summary>
public sealed class SqliteStoryIndexConformanceTests : StoryIndexConformanceTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"chatbot-conformance-{Guid.NewGuid():N}");

    protected override Task<IStoryIndex> CreateIndexAsync() =>
        Task.FromResult<IStoryIndex>(new SqliteStoryIndex(Path.Combine(_folder, "index.db")));

    protected override Task DisposeIndexAsync()
    {
        // Pooled connections would keep the file open on some platforms; release them before deleting.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
