using ChatBot.Core.Tests.Index.Qdrant.Fake;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>A fact that needs Qdrant's OpenAPI schema file; skipped, with the reason, when the file is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenApiFactAttribute : FactAttribute
{
    public OpenApiFactAttribute()
    {
        if (OpenApiSchemaFile.SkipReason is { } reason) Skip = reason;
    }
}
