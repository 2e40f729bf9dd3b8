using ChatBot.Configuration;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Index.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// An index of its own for one eval run, with the configured provider, never the one the bot serves, so
/// question sets never mix. A SQLite index is removed when disposed; a Qdrant eval collection is named
/// "{collection}-eval-{guid}" and left for inspection.
/// </summary>
public sealed class IsolatedIndex : IAsyncDisposable
{
    private readonly string? _folder;

    private IsolatedIndex(IStoryIndex index, string? folder)
    {
        Index = index;
        _folder = folder;
    }

    public IStoryIndex Index { get; }

    public static IsolatedIndex Create(IServiceProvider services, string setName)
    {
        var options = services.GetRequiredService<IOptions<IndexOptions>>().Value;
        if (options.UsesQdrant)
        {
            var qdrant = services.GetRequiredService<IOptions<QdrantOptions>>().Value;
            var collection = $"{qdrant.Collection}-eval-{Guid.NewGuid():N}";
            var index = CoreServiceRegistration.CreateQdrantIndex(services, CopyWithCollection(qdrant, collection));
            return new IsolatedIndex(index, folder: null);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"chatbot-eval-{Environment.ProcessId}-{Guid.NewGuid():N}");
        return new IsolatedIndex(new SqliteStoryIndex(Path.Combine(folder, $"{setName}.db")), folder);
    }

    private static QdrantOptions CopyWithCollection(QdrantOptions o, string collection) => new()
    {
        Url = o.Url,
        ApiKey = o.ApiKey,
        Collection = collection,
        ShardNumber = o.ShardNumber,
        ReplicationFactor = o.ReplicationFactor,
        DenseVectorSize = o.DenseVectorSize,
        RequestTimeout = o.RequestTimeout,
    };

    public ValueTask DisposeAsync()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
