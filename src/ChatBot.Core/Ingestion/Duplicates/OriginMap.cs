namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>Each story's origin (itself, or the story it copies), for the stories at hand.</summary>
public static class OriginMap
{
    /// <summary>Origins by story id; every story is its own origin when no registry is configured.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(IDuplicateRegistry? registry, IEnumerable<string> storyIds, CancellationToken cancellationToken = default)
    {
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in storyIds.Distinct(StringComparer.Ordinal))
        {
            origins[id] = registry is null ? id : await registry.OriginOfAsync(id, cancellationToken);
        }

        return origins;
    }
}
