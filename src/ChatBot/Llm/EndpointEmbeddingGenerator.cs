using Microsoft.Extensions.AI;

namespace ChatBot.Llm;

/// <summary>
/// The SDK's embedding generator sending through the embeddings HttpClient, whose circuit breaker is its
/// own: an endpoint that cannot embed (llama.cpp without --embeddings answers 501) is left alone for embeddings only.
/// </summary>
public sealed class EndpointEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EndpointFailures failures)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = values.ToList();
        if (inputs.Count == 0) return [];
        return await failures.CallAsync("embeddings", token => base.GenerateAsync(inputs, options, token), cancellationToken: cancellationToken);
    }
}
