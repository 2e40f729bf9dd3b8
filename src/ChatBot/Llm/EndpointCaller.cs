using System.ClientModel;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace ChatBot.Llm;

/// <summary>
/// Runs one request to the endpoint through the resilience pipeline, and turns "the endpoint is not there"
/// (timeout, refused connection, persistent 5xx) into <see cref="LlmUnavailableException"/> after marking it
/// down, so the rest of the request falls back without waiting again.
/// </summary>
public sealed class EndpointCaller(ResiliencePipeline pipeline, EndpointHealth health, string endpoint, ILogger logger)
{
    /// <summary>Runs <paramref name="call"/>.</summary>
    public async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
    {
        if (health.IsDown) throw new LlmUnavailableException($"The model endpoint failed moments ago; {operation} not attempted.");
        try
        {
            return await pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
        }
        catch (Exception e) when (Reason(e, cancellationToken) is { } reason)
        {
            health.MarkDown();
            LlmClientLog.Unavailable(logger, endpoint, operation, reason);
            throw new LlmUnavailableException($"The model endpoint was unavailable for {operation}: {reason}.", e);
        }
    }

    private static string? Reason(Exception e, CancellationToken cancellationToken) => e switch
    {
        TimeoutRejectedException => "timed out",
        OperationCanceledException when !cancellationToken.IsCancellationRequested => "timed out",
        ClientResultException { Status: 0 } c => c.InnerException?.Message ?? c.Message,
        ClientResultException c when LlmResilience.IsTransient(c) => $"status {c.Status}",
        HttpRequestException h => h.Message,
        _ => null,
    };
}
