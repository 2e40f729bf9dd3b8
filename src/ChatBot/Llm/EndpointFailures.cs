using ChatBot.Hosting;
using System.ClientModel;
using ChatBot.Core.Answering.Llm;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ChatBot.Llm;

/// <summary>
/// Runs one request to a model endpoint and turns what its HttpClient's resilience pipeline lets through into the
/// exceptions Core understands: "the endpoint is not there" (open circuit, timeout, refused connection,
/// persistent 5xx, a rejection that will not mend) becomes <see cref="LlmUnavailableException"/>, a 400 for a
/// context overflow <see cref="LlmContextOverflowException"/>.
/// </summary>
/// <remarks>
/// An error the server sends back may echo the key (some servers print a rejected key in their message), so a
/// rejection is rethrown with the key redacted and without the original exception.
/// </remarks>
public sealed class EndpointFailures(string endpoint, ILogger logger, string? apiKey = null)
{
    /// <summary>Runs <paramref name="call"/>; a rejection <paramref name="passThrough"/> accepts is rethrown for the caller to handle.</summary>
    public async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, Func<ClientResultException, bool>? passThrough = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            throw new LlmUnavailableException($"The model endpoint failed moments ago; {operation} not attempted.");
        }
        catch (Exception e) when (Reason(e, cancellationToken) is { } reason)
        {
            reason = Redact(reason);
            LlmClientLog.Unavailable(logger, endpoint, operation, reason);
            throw new LlmUnavailableException($"The model endpoint was unavailable for {operation}: {reason}.", e is ClientResultException ? null : e);
        }
        catch (ClientResultException e) when (IsContextOverflow(e))
        {
            var message = Redact(e.Message);
            LlmClientLog.ContextOverflow(logger, endpoint, operation, message);
            throw new LlmContextOverflowException($"The prompt did not fit the model's context: {message}");
        }
        catch (ClientResultException e) when (passThrough?.Invoke(e) != true)
        {
            var message = Redact(e.Message);
            LlmClientLog.Unavailable(logger, endpoint, operation, message);
            throw new LlmUnavailableException($"The model endpoint rejected the {operation} request: {message}");
        }
    }

    /// <summary>
    /// A 400 saying the prompt is longer than the context: llama.cpp's exceed_context_size_error ("the request
    /// exceeds the available context size"), OpenAI's and vLLM's context_length_exceeded / "maximum context length".
    /// </summary>
    public static bool IsContextOverflow(ClientResultException e) =>
        e.Status == 400 && (e.Message.Contains("context size", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("context length", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("context_length", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("exceed_context", StringComparison.OrdinalIgnoreCase));

    private string Redact(string text) =>
        string.IsNullOrEmpty(apiKey) || apiKey.Length < 8 ? text : text.Replace(apiKey, "[redacted]", StringComparison.Ordinal).Replace(apiKey[^8..], "[redacted]", StringComparison.Ordinal);

    private static string? Reason(Exception e, CancellationToken cancellationToken) => e switch
    {
        TimeoutRejectedException => "timed out",
        OperationCanceledException when !cancellationToken.IsCancellationRequested => "timed out",
        ClientResultException { Status: 0 } c => c.InnerException?.Message ?? c.Message,
        ClientResultException c when TransientStatus.Is(c.Status) => $"status {c.Status}",
        HttpRequestException h => h.Message,
        _ => null,
    };
}
