namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>A request the fake Qdrant received, as sent, with the outcome of validating its body.</summary>
/// <param name="Validation"><see cref="Valid"/>, <see cref="NoBody"/>, <c>validation skipped: …</c> or <c>invalid: …</c>.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ApiKey, string Body, string Validation)
{
    public const string Valid = "valid";
    public const string NoBody = "no body";
    public const string SkippedPrefix = "validation skipped";

    /// <summary>The collection the request addressed, if any.</summary>
    public string? Collection => Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["collections", var name, ..] ? Uri.UnescapeDataString(name) : null;
}
