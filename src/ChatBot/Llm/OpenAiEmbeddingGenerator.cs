using Microsoft.Extensions.AI;
using OpenAI.Embeddings;

namespace ChatBot.Llm;

/// <summary><see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over the OpenAI SDK's <see cref="EmbeddingClient"/>.</summary>
public sealed class OpenAiEmbeddingGenerator(EmbeddingClient client, string model, EndpointCaller caller) : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var inputs = values.ToList();
        if (inputs.Count == 0) return [];
        var result = await caller.CallAsync("embeddings", token => client.GenerateEmbeddingsAsync(inputs, cancellationToken: token), cancellationToken);
        var embeddings = result.Value
            .OrderBy(e => e.Index)
            .Select(e => new Embedding<float>(e.ToFloats()) { ModelId = model })
            .ToList();
        return new GeneratedEmbeddings<Embedding<float>>(embeddings);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("openai-compatible", defaultModelId: model)
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
