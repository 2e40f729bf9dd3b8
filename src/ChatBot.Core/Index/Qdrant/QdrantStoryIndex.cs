using System.Text.Json.Nodes;
using ChatBot.Core.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// The story index kept in Qdrant, over its REST API. Each story is one story point (full text, metadata, no
/// vector) plus one point per chunk (chunk text, span, metadata, a BM25 sparse vector and, when an embedding
/// model is configured, a dense vector). Point ids derive from (story id, chunk ordinal).
/// </summary>
public sealed class QdrantStoryIndex : IStoryIndex
{
    private const int UpsertBatchSize = 64;
    private const int ScrollPageSize = 256;

    private readonly QdrantOptions _options;
    private readonly QdrantRestClient _client;
    private readonly QdrantCollectionSetup _setup;
    private readonly ILogger _logger;

    /// <param name="httpClient">Used as is: no base address or timeout needed (both come from <paramref name="options"/>).</param>
    /// <param name="options">Validated here; an invalid value throws a <see cref="System.ComponentModel.DataAnnotations.ValidationException"/> naming the key.</param>
    /// <param name="logger">Optional.</param>
    public QdrantStoryIndex(HttpClient httpClient, QdrantOptions options, ILogger<QdrantStoryIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _client = new QdrantRestClient(httpClient, options, _logger);
        _setup = new QdrantCollectionSetup(_client, options, _logger);
    }

    private string PointsPath => $"collections/{Uri.EscapeDataString(_options.Collection)}/points";

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _setup.EnsureAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? source = null, CancellationToken cancellationToken = default)
    {
        var payloads = await ScrollAsync(QdrantFilters.StoryPoints(source), [StoryId, ContentHash], cancellationToken);
        return payloads.ToDictionary(p => QdrantPoints.Required(p, StoryId), p => QdrantPoints.Required(p, ContentHash), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Order matters: the new chunks are written first (overwriting the old ones of the same ordinal), then the
    /// stale tail of a longer earlier version is deleted, and the story point, which carries the content hash,
    /// comes last. A failure at any step leaves the old hash in place, so the next indexing run redoes the story.
    /// Between the first two steps a reader may see new chunks next to the old tail; never a story without chunks.
    /// </remarks>
    public async Task UpsertStoryAsync(Story story, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? chunkVectors = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(chunks);
        CheckChunks(story, chunks, chunkVectors);
        if (chunkVectors is not null && _options.DenseVectorSize is null)
        {
            QdrantLog.DenseVectorsIgnored(_logger, story.Id);
            chunkVectors = null;
        }

        for (var first = 0; first < chunks.Count; first += UpsertBatchSize)
        {
            var points = new JsonArray();
            for (var i = first; i < Math.Min(first + UpsertBatchSize, chunks.Count); i++)
            {
                points.Add(QdrantPoints.Chunk(story, chunks[i], chunkVectors?[i]));
            }

            await _client.WriteAsync(HttpMethod.Put, PointsPath, new JsonObject { ["points"] = points }, cancellationToken);
        }

        var stale = new JsonObject { ["filter"] = QdrantFilters.StaleChunks(story.Id, chunks.Count) };
        await _client.WriteAsync(HttpMethod.Post, $"{PointsPath}/delete", stale, cancellationToken);

        var storyPoint = new JsonObject { ["points"] = new JsonArray(QdrantPoints.Story(story, chunks.Count)) };
        await _client.WriteAsync(HttpMethod.Put, PointsPath, storyPoint, cancellationToken);
        QdrantLog.StoryUpserted(_logger, story.Id, chunks.Count);
    }

    /// <inheritdoc />
    public async Task DeleteStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var body = new JsonObject { ["filter"] = QdrantFilters.Story(storyId) };
        await _client.WriteAsync(HttpMethod.Post, $"{PointsPath}/delete", body, cancellationToken);
        QdrantLog.StoryDeleted(_logger, storyId);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var body = QdrantSearchRequest.Build(query, _options.DenseVectorSize);
        if (body is null) return [];

        var result = await _client.SendAsync(HttpMethod.Post, $"{PointsPath}/query", body, cancellationToken);
        var points = result?["points"] as JsonArray ?? [];
        return points.OfType<JsonObject>().Select(QdrantPoints.ReadHit).ToList();
    }

    /// <inheritdoc />
    public async Task<Story?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var body = new JsonObject
        {
            ["ids"] = new JsonArray(QdrantPointId.ForStory(storyId)),
            ["with_payload"] = true,
            ["with_vector"] = false,
        };
        var result = await _client.SendAsync(HttpMethod.Post, PointsPath, body, cancellationToken);
        var payload = (result as JsonArray)?.OfType<JsonObject>().FirstOrDefault()?["payload"] as JsonObject;
        return payload is null ? null : QdrantPoints.ReadStory(payload);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken = default)
    {
        var payloads = await ScrollAsync(QdrantFilters.StoryPoints(null), ListingFields, cancellationToken);
        return payloads.Select(QdrantPoints.ReadListing).ToList();
    }

    /// <inheritdoc />
    /// <remarks>Exact: each chunk's distinct terms are a keyword-indexed payload field, counted with a filter.</remarks>
    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var chunkCount = await CountAsync(QdrantFilters.Chunks(), cancellationToken);
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();

        // A question has a handful of terms; counting them side by side keeps the latency of one round trip.
        var counts = chunkCount == 0
            ? new int[distinct.Count]
            : await Task.WhenAll(distinct.Select(t => CountAsync(QdrantFilters.ChunksWithTerm(t), cancellationToken)));
        return new TermStatistics(chunkCount, distinct.Zip(counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
    }

    private async Task<int> CountAsync(JsonObject filter, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["filter"] = filter, ["exact"] = true };
        var result = await _client.SendAsync(HttpMethod.Post, $"{PointsPath}/count", body, cancellationToken);
        return result?["count"]?.GetValue<int>() ?? 0;
    }

    private async Task<List<JsonObject>> ScrollAsync(JsonObject filter, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var payloads = new List<JsonObject>();
        JsonNode? offset = null;
        do
        {
            var body = new JsonObject
            {
                ["filter"] = filter.DeepClone(),
                ["limit"] = ScrollPageSize,
                ["with_payload"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray()),
                ["with_vector"] = false,
            };
            if (offset is not null) body["offset"] = offset.DeepClone();

            var result = await _client.SendAsync(HttpMethod.Post, $"{PointsPath}/scroll", body, cancellationToken);
            payloads.AddRange((result?["points"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(p => p["payload"] as JsonObject).OfType<JsonObject>());
            offset = result?["next_page_offset"];
        }
        while (offset is not null);

        return payloads;
    }

    private void CheckChunks(Story story, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? chunkVectors)
    {
        var ordinals = new HashSet<int>();
        foreach (var chunk in chunks)
        {
            if (chunk.StoryId != story.Id) throw new ArgumentException($"Chunk {chunk.Id} does not belong to story {story.Id}.", nameof(chunks));
            if (chunk.Ordinal < 0 || chunk.Ordinal >= chunks.Count || !ordinals.Add(chunk.Ordinal))
            {
                throw new ArgumentException($"Chunk ordinals of story {story.Id} must be 0 to {chunks.Count - 1}, each once.", nameof(chunks));
            }
        }

        if (chunkVectors is null) return;
        if (chunkVectors.Count != chunks.Count) throw new ArgumentException("One vector per chunk is needed.", nameof(chunkVectors));
        if (_options.DenseVectorSize is { } size && chunkVectors.Any(v => v.Length != size))
        {
            throw new ArgumentException($"Every chunk vector must have {size} dimensions (ChatBot:Index:Qdrant:DenseVectorSize).", nameof(chunkVectors));
        }
    }
}
