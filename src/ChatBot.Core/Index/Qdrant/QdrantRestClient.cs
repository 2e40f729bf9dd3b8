using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// The few REST calls the index makes, with Qdrant's envelope (<c>{"result", "status", "time"}</c>) unwrapped and
/// every failure turned into an <see cref="IndexUnavailableException"/> that says what happened.
/// </summary>
internal sealed class QdrantRestClient(HttpClient httpClient, QdrantOptions options, ILogger logger)
{
    private const int MaxErrorLength = 500;

    // Plain UTF-8 on the wire ("+01:00", not "\u002B01:00"): the bodies go to Qdrant, never into HTML.
    private static readonly JsonSerializerOptions WireFormat = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sends a read (or a collection-level call) and returns the envelope's <c>result</c>.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var (_, result) = await SendCoreAsync(method, path, body, allowNotFound: false, cancellationToken);
        return result;
    }

    /// <summary>Like <see cref="SendAsync"/>, but a 404 gives <c>(false, null)</c> instead of an exception.</summary>
    public Task<(bool Found, JsonNode? Result)> SendAllowingNotFoundAsync(HttpMethod method, string path, CancellationToken cancellationToken) =>
        SendCoreAsync(method, path, null, allowNotFound: true, cancellationToken);

    /// <summary>
    /// Sends a write with <c>wait=true</c> and succeeds only when Qdrant says the operation is <c>completed</c>:
    /// an HTTP 200 saying <c>acknowledged</c> or <c>wait_timeout</c> means the change is not yet visible.
    /// </summary>
    public async Task WriteAsync(HttpMethod method, string path, JsonNode body, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)options.WriteTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var fullPath = $"{path}{(path.Contains('?') ? '&' : '?')}wait=true&timeout={seconds}";
        var result = await SendAsync(method, fullPath, body, cancellationToken);
        var status = result?["status"]?.GetValue<string>();
        if (status == "completed") return;

        throw new QdrantException(
            $"Qdrant accepted {method} {path} but reported status '{status ?? "(none)"}' instead of 'completed'; the change may not be applied yet.",
            (int)HttpStatusCode.OK,
            isTransient: true);
    }

    private async Task<(bool Found, JsonNode? Result)> SendCoreAsync(
        HttpMethod method, string path, JsonNode? body, bool allowNotFound, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.BaseUri, path));
        if (!string.IsNullOrEmpty(options.ApiKey)) request.Headers.Add("api-key", options.ApiKey);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(WireFormat), Encoding.UTF8, "application/json");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        string text;
        HttpStatusCode status;
        try
        {
            using var response = await httpClient.SendAsync(request, timeout.Token);
            status = response.StatusCode;
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable($"Qdrant at {options.Url} did not answer {method} {path} within {options.RequestTimeout.TotalSeconds:0.#} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable($"Qdrant at {options.Url} could not be reached: {ex.Message}", ex);
        }

        if (status == HttpStatusCode.NotFound && allowNotFound) return (false, null);
        if ((int)status is < 200 or > 299) throw Failure(method, path, status, text);
        return (true, ParseResult(method, path, text));
    }

    private IndexUnavailableException Unreachable(string detail, Exception inner)
    {
        QdrantLog.Unreachable(logger, options.Url, inner.Message);
        return new IndexUnavailableException(detail, inner, isTransient: true);
    }

    private QdrantException Failure(HttpMethod method, string path, HttpStatusCode status, string body)
    {
        var code = (int)status;
        var error = ErrorText(body);
        QdrantLog.RequestFailed(logger, method.Method, path, code, error);
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var keyHint = string.IsNullOrEmpty(options.ApiKey)
                ? "no API key is configured; set ChatBot__Index__Qdrant__ApiKey"
                : "check ChatBot__Index__Qdrant__ApiKey";
            return new QdrantException(
                $"Qdrant at {options.Url} refused the request with HTTP {code} ({error}): {keyHint}.", code, isTransient: false);
        }

        var transient = code >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;
        return new QdrantException($"Qdrant answered {method} {path} with HTTP {code}: {error}", code, transient);
    }

    /// <summary>The <c>status.error</c> of a JSON error body, or the plain-text body (Qdrant's 401 is plain text).</summary>
    private static string ErrorText(string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject root && root["status"] is JsonObject status
                && status["error"] is JsonValue error && error.TryGetValue<string>(out var message))
            {
                return message;
            }
        }
        catch (JsonException)
        {
            // Not JSON: the body itself is the message.
        }

        var text = body.Trim();
        if (text.Length == 0) return "(empty body)";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength] + "…";
    }

    private static JsonNode? ParseResult(HttpMethod method, string path, string text)
    {
        try
        {
            return JsonNode.Parse(text)?["result"];
        }
        catch (JsonException ex)
        {
            throw new QdrantException($"Qdrant answered {method} {path} with a body that is not JSON.", 200, isTransient: true, ex);
        }
    }
}
