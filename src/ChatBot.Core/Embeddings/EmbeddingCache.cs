using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Index.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// A small SQLite file beside the index: chunk vectors by (model, content hash), so an unchanged chunk is never
/// embedded twice, and which model embedded each indexed story, so a change of model re-embeds it.
/// </summary>
public sealed class EmbeddingCache
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS embeddings(model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY(model, hash));
        CREATE TABLE IF NOT EXISTS story_models(story_id TEXT PRIMARY KEY, model TEXT NOT NULL);
        """;

    private readonly SqliteTableStore _tables;

    /// <summary>A cache in the file at <paramref name="path"/> (created on first use).</summary>
    public EmbeddingCache(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _tables = new SqliteTableStore(Path, Schema);
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>The cache key of a chunk's text: SHA-256, hex.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The cached vectors of <paramref name="hashes"/> for <paramref name="model"/>; missing ones are absent.</summary>
    public async Task<Dictionary<string, float[]>> GetAsync(string model, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var hash in hashes.Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT vector FROM embeddings WHERE model = $m AND hash = $h";
            command.Parameters.AddWithValue("$m", model);
            command.Parameters.AddWithValue("$h", hash);
            if (await command.ExecuteScalarAsync(cancellationToken) is byte[] bytes) found[hash] = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
        }

        return found;
    }

    /// <summary>Stores vectors by hash for <paramref name="model"/>.</summary>
    public async Task PutAsync(string model, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (hash, vector) in vectors)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO embeddings(model, hash, vector) VALUES($m, $h, $v)";
            command.Parameters.AddWithValue("$m", model);
            command.Parameters.AddWithValue("$h", hash);
            command.Parameters.AddWithValue("$v", MemoryMarshal.AsBytes(vector.AsSpan()).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The model each story's indexed vectors came from.</summary>
    public async Task<Dictionary<string, string>> GetStoryModelsAsync(CancellationToken cancellationToken = default)
    {
        var models = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT story_id, model FROM story_models";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) models[reader.GetString(0)] = reader.GetString(1);
        return models;
    }

    /// <summary>Records (or, with a null model, forgets) which model embedded a story.</summary>
    public async Task SetStoryModelAsync(string storyId, string? model, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = model is null
            ? "DELETE FROM story_models WHERE story_id = $s"
            : "INSERT OR REPLACE INTO story_models(story_id, model) VALUES($s, $m)";
        command.Parameters.AddWithValue("$s", storyId);
        if (model is not null) command.Parameters.AddWithValue("$m", model);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);
}
