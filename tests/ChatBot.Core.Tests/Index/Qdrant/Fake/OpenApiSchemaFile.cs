namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>
/// Qdrant 1.19's OpenAPI schema, kept beside the repository at <c>../shared/qdrant/openapi.json</c>.
/// The file is not part of the repository, so everything that uses it says so when it is absent.
/// </summary>
public static class OpenApiSchemaFile
{
    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The schema's full path, or null when it is not there.</summary>
    public static string? Path => Located.Value;

    /// <summary>Why schema validation is skipped; null when the file is there.</summary>
    public static string? SkipReason => Path is null
        ? "Qdrant's OpenAPI schema (../shared/qdrant/openapi.json beside the repository) is absent, so request bodies are not validated."
        : null;

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "ChatBot.sln"))) continue;

            var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "qdrant", "openapi.json"));
            return File.Exists(candidate) ? candidate : null;
        }

        return null;
    }
}
