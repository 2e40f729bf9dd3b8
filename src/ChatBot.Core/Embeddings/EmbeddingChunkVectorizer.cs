using ChatBot.Core.Ingestion;
using ChatBot.Core.Stories;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// Gives chunks vectors from an embedding model: cached vectors by content hash first, the rest in batches. When
/// the model fails the result is empty (no vectors), the story is indexed for BM25 alone, and
/// <see cref="EmbeddingAwareStoryIndex"/> has it embedded on the next indexing run.
/// </summary>
public sealed class EmbeddingChunkVectorizer(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    EmbeddingCache cache,
    string model,
    int batchSize = 64,
    ILogger<EmbeddingChunkVectorizer>? logger = null) : IChunkVectorizer
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>The embedding model's name, as stored with each vector.</summary>
    public string Model => model;

    /// <inheritdoc />
    public async Task<IReadOnlyList<float[]>> VectorizeAsync(IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken = default)
    {
        var hashes = chunks.Select(c => EmbeddingCache.HashOf(c.Text)).ToList();
        var vectors = await cache.GetAsync(model, hashes, cancellationToken);
        var missing = chunks.Select((c, i) => (Text: c.Text, Hash: hashes[i])).Where(c => !vectors.ContainsKey(c.Hash)).DistinctBy(c => c.Hash).ToList();
        try
        {
            foreach (var batch in missing.Chunk(batchSize))
            {
                var generated = await generator.GenerateAsync(batch.Select(b => b.Text), cancellationToken: cancellationToken);
                if (generated.Count != batch.Length) throw new InvalidDataException($"The embedding model returned {generated.Count} vectors for {batch.Length} texts.");
                var fresh = batch.Select((b, i) => (b.Hash, Vector: generated[i].Vector.ToArray())).ToDictionary(p => p.Hash, p => p.Vector, StringComparer.Ordinal);
                await cache.PutAsync(model, fresh, cancellationToken);
                foreach (var (hash, vector) in fresh) vectors[hash] = vector;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EmbeddingLog.Failed(_logger, chunks.Count, e.GetType().Name, e);
            return [];
        }

        return hashes.Select(h => vectors[h]).ToList();
    }
}
