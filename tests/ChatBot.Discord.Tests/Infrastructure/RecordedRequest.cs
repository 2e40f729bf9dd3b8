using System.Text.Json;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>A REST request the fake Discord received, with the status it answered.</summary>
internal sealed record RecordedRequest(
    string Method, string Path, string? Authorization, string? UserAgent, string Body, int Status, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasBody => Body.Length > 0;

    public override string ToString() => $"{Method} {Path} -> {Status}";
}
