using ChatBot.Commands;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>Asks a running <c>serve</c> for a reindex over its loopback listener and follows its progress.</summary>
public sealed class ReindexClient(HttpClient http, int port)
{
    /// <summary>
    /// The run's summary; throws <see cref="HttpRequestException"/> when no serve listens on the port, and an
    /// <see cref="IndexUnavailableException"/> carrying serve's sentence when serve could not use the index.
    /// </summary>
    public async Task<IndexingSummary> ReindexAsync(string? source, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var query = source is null ? "" : "?source=" + Uri.EscapeDataString(source);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/reindex{query}");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            var line = JsonSerializer.Deserialize<ReindexStreamLine>(text, ReindexEndpoint.Json)
                ?? throw new InvalidDataException("serve sent an empty reindex line.");
            if (line.Error is not null) throw new ServeFailedException(line.Error, line.ExitCode ?? CommandErrors.Failed);
            if (line.Summary is not null) return line.Summary;
            if (line.Progress is not null) progress?.Report(line.Progress);
        }

        throw new InvalidDataException($"serve ended the reindex answer without a summary (HTTP {(int)response.StatusCode}).");
    }
}
