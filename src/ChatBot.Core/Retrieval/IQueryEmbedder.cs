namespace ChatBot.Core.Retrieval;

/// <summary>Gives a question a dense vector when an embedding model is configured.</summary>
public interface IQueryEmbedder
{
    /// <summary>The question's vector, or null when embeddings are unavailable right now.</summary>
    Task<float[]?> EmbedAsync(string question, CancellationToken cancellationToken = default);
}
