namespace ChatBot.Core.Ingestion;

/// <summary>Gives chunks dense vectors when an embedding model is configured.</summary>
public interface IChunkVectorizer
{
    /// <summary>One vector per chunk, in order.</summary>
    Task<IReadOnlyList<float[]>> VectorizeAsync(IReadOnlyList<Stories.Chunk> chunks, CancellationToken cancellationToken = default);
}
