namespace ChatBot.Core.Index;

/// <summary>What is indexed, for listings (<c>sources</c>, /sources), without exposing the store.</summary>
public interface IStoryCatalog
{
    /// <summary>Every indexed story with its chunk count, newest first.</summary>
    Task<IReadOnlyList<StoryListing>> ListAsync(CancellationToken cancellationToken = default);
}
