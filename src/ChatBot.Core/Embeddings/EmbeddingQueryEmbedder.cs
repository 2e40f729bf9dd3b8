using ChatBot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Core.Embeddings;

/// <summary>Embeds questions with the same model as the chunks; null when the model fails (BM25 alone then).</summary>
public sealed class EmbeddingQueryEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, ILogger<EmbeddingQueryEmbedder>? logger = null) : IQueryEmbedder
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <inheritdoc />
    public async Task<float[]?> EmbedAsync(string question, CancellationToken cancellationToken = default)
    {
        try
        {
            var generated = await generator.GenerateAsync([question], cancellationToken: cancellationToken);
            return generated.Count == 1 ? generated[0].Vector.ToArray() : null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EmbeddingLog.Failed(_logger, 1, e.GetType().Name, e);
            return null;
        }
    }
}
