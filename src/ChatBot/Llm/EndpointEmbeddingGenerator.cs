using Microsoft.Extensions.AI;

namespace ChatBot.Llm;

/// <summary>
/// The SDK's embedding generator behind the embeddings endpoint's own <see cref="EndpointCaller"/>, so an
/// endpoint that cannot embed (llama.cpp without --embeddings answers 501) is marked down for embeddings only.
/// </summary>
public sealed class EndpointEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, EndpointCaller caller)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = values.ToList();
        if (inputs.Count == 0) return [];
        return await caller.CallAsync("embeddings", token => base.GenerateAsync(inputs, options, token), cancellationToken: cancellationToken);
    }
}
