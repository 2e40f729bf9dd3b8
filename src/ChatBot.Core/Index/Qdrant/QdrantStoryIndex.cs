using ChatBot.Core.Stories;
using Google.Protobuf.Collections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// The story index kept in Qdrant, through the official client over gRPC. Each story is one story point (full
/// text, metadata, no vector) plus one point per chunk (chunk text, span, metadata, a BM25 sparse vector and, when
/// an embedding model is configured, a dense vector). Point ids derive from (story id, chunk ordinal).
/// </summary>
public sealed class QdrantStoryIndex : IStoryIndex
{
    private const int UpsertBatchSize = 64;
    private const uint ScrollPageSize = 256;

    private readonly QdrantOptions _options;
    private readonly QdrantClient _client;
    private readonly QdrantErrors _errors;
    private readonly QdrantCollectionSetup _setup;
    private readonly ILogger _logger;

    /// <param name="client">Shared, not owned: the caller disposes it (see <see cref="QdrantClients.Create"/>).</param>
    /// <param name="options">Validated here; an invalid value throws a <see cref="System.ComponentModel.DataAnnotations.ValidationException"/> naming the key.</param>
    /// <param name="logger">Optional.</param>
    public QdrantStoryIndex(QdrantClient client, QdrantOptions options, ILogger<QdrantStoryIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _options = options;
        _client = client;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _errors = new QdrantErrors(options, _logger);
        _setup = new QdrantCollectionSetup(client, _errors, options, _logger);
    }

    private string Collection => _options.Collection;

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
            var points = new List<PointStruct>();
            for (var i = first; i < Math.Min(first + UpsertBatchSize, chunks.Count); i++)
            {
                points.Add(QdrantPoints.Chunk(story, chunks[i], chunkVectors?[i]));
            }

            await UpsertAsync(points, $"the chunks of {story.Id}", cancellationToken);
        }

        var stale = await _errors.RunAsync(
            "Delete",
            () => _client.DeleteAsync(Collection, QdrantFilters.StaleChunks(story.Id, chunks.Count), wait: true, cancellationToken: cancellationToken),
            cancellationToken);
        QdrantWrites.EnsureCompleted(stale, $"the delete of stale chunks of {story.Id}");

        await UpsertAsync([QdrantPoints.Story(story, chunks.Count)], $"the story point of {story.Id}", cancellationToken);
        QdrantLog.StoryUpserted(_logger, story.Id, chunks.Count);
    }

    /// <inheritdoc />
    public async Task DeleteStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var result = await _errors.RunAsync(
            "Delete",
            () => _client.DeleteAsync(Collection, QdrantFilters.Story(storyId), wait: true, cancellationToken: cancellationToken),
            cancellationToken);
        QdrantWrites.EnsureCompleted(result, $"the delete of {storyId}");
        QdrantLog.StoryDeleted(_logger, storyId);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = QdrantSearchRequest.Build(query, _options.DenseVectorSize);
        if (request is null) return [];

        var points = await _errors.RunAsync(
            "Query",
            () => _client.QueryAsync(
                Collection,
                query: request.Query,
                usingVector: request.Using,
                filter: request.Filter,
                limit: request.Limit,
                payloadSelector: QdrantSearchRequest.Payload,
                vectorsSelector: false,
                cancellationToken: cancellationToken),
            cancellationToken);
        return points.Select(QdrantPoints.ReadHit).ToList();
    }

    /// <inheritdoc />
    public async Task<Story?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        var id = Guid.Parse(QdrantPointId.ForStory(storyId));
        var points = await _errors.RunAsync(
            "Retrieve",
            () => _client.RetrieveAsync(Collection, id, withPayload: true, withVectors: false, cancellationToken: cancellationToken),
            cancellationToken);
        return points.Count == 0 ? null : QdrantPoints.ReadStory(points[0].Payload);
    }

    /// <inheritdoc />
    /// <remarks>One retrieve by the story points' ids; Qdrant returns the points it has, in no promised order.</remarks>
    public async Task<IReadOnlyDictionary<string, Story>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        if (storyIds.Count == 0) return new Dictionary<string, Story>(StringComparer.Ordinal);
        var ids = storyIds.Distinct(StringComparer.Ordinal).Select(id => QdrantPoints.PointId(QdrantPointId.ForStory(id))).ToList();
        var points = await _errors.RunAsync(
            "Retrieve",
            () => _client.RetrieveAsync(Collection, ids, withPayload: true, withVectors: false, cancellationToken: cancellationToken),
            cancellationToken);
        return points.Select(p => QdrantPoints.ReadStory(p.Payload)).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken = default)
    {
        var payloads = await ScrollAsync(QdrantFilters.StoryPoints(null), ListingFields, cancellationToken);
        // Scroll pages in point-id order, which is a hash; listings (and summaries of everything) go by story id.
        return payloads.Select(QdrantPoints.ReadListing).OrderBy(l => l.StoryId, StringComparer.Ordinal).ToList();
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

    private async Task UpsertAsync(IReadOnlyList<PointStruct> points, string what, CancellationToken cancellationToken)
    {
        var result = await _errors.RunAsync(
            "Upsert",
            () => _client.UpsertAsync(Collection, points, wait: true, cancellationToken: cancellationToken),
            cancellationToken);
        QdrantWrites.EnsureCompleted(result, what);
    }

    private async Task<int> CountAsync(Filter filter, CancellationToken cancellationToken)
    {
        var count = await _errors.RunAsync(
            "Count",
            () => _client.CountAsync(Collection, filter, exact: true, cancellationToken: cancellationToken),
            cancellationToken);
        return checked((int)count);
    }

    private async Task<List<MapField<string, Value>>> ScrollAsync(Filter filter, string[] fields, CancellationToken cancellationToken)
    {
        var payloads = new List<MapField<string, Value>>();
        var selector = new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { fields } } };
        PointId? offset = null;
        do
        {
            var page = await _errors.RunAsync(
                "Scroll",
                () => _client.ScrollAsync(Collection, filter, ScrollPageSize, offset, selector, vectorsSelector: false, cancellationToken: cancellationToken),
                cancellationToken);
            payloads.AddRange(page.Result.Select(p => p.Payload));
            offset = page.NextPageOffset;
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
