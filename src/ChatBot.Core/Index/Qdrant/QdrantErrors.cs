using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Runs one call of the Qdrant client and turns whatever goes wrong into an <see cref="IndexUnavailableException"/>
/// that says what happened, for the operator, without the API key. The caller's own cancellation stays a cancellation.
/// </summary>
internal sealed class QdrantErrors(QdrantOptions options, ILogger logger)
{
    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (RpcException ex) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up: that is a cancellation, whatever status the channel reported for it.
            throw new OperationCanceledException($"Qdrant call {operation} was cancelled.", ex, cancellationToken);
        }
        catch (RpcException ex)
        {
            throw Map(operation, ex);
        }
        catch (global::Qdrant.Client.QdrantException ex)
        {
            // The client's own check of an answer, e.g. a collection that "could not be created".
            QdrantLog.RequestFailed(logger, operation, "(client)", ex.Message);
            throw new QdrantRequestException($"Qdrant did not complete {operation}: {ex.Message}", null, isTransient: true, ex);
        }
    }

    public async Task RunAsync(string operation, Func<Task> call, CancellationToken cancellationToken) =>
        await RunAsync(operation, async () =>
        {
            await call();
            return true;
        }, cancellationToken);

    private IndexUnavailableException Map(string operation, RpcException ex)
    {
        var code = ex.StatusCode;
        var detail = ex.Status.Detail;
        switch (code)
        {
            case StatusCode.Unavailable:
                QdrantLog.Unreachable(logger, options.Url, detail);
                return new IndexUnavailableException($"Qdrant at {options.Url} could not be reached ({detail}).", ex, isTransient: true);
            case StatusCode.DeadlineExceeded:
                QdrantLog.Unreachable(logger, options.Url, detail);
                return new IndexUnavailableException(
                    $"Qdrant at {options.Url} did not answer {operation} within {options.RequestTimeout.TotalSeconds:0.#} s.", ex, isTransient: true);
            case StatusCode.Unauthenticated or StatusCode.PermissionDenied:
                QdrantLog.RequestFailed(logger, operation, code.ToString(), detail);
                var keyHint = string.IsNullOrEmpty(options.ApiKey)
                    ? "no API key is configured; set ChatBot__Index__Qdrant__ApiKey"
                    : "check ChatBot__Index__Qdrant__ApiKey";
                return new QdrantRequestException($"Qdrant at {options.Url} refused {operation} with {code} ({detail}): {keyHint}.", code, isTransient: false, ex);
            default:
                QdrantLog.RequestFailed(logger, operation, code.ToString(), detail);
                return new QdrantRequestException($"Qdrant answered {operation} with {code}: {detail}", code, IsTransient(code), ex);
        }
    }

    /// <summary>Codes after which the same call may succeed later: the server was busy, interrupted or failing.</summary>
    private static bool IsTransient(StatusCode code) =>
        code is StatusCode.ResourceExhausted or StatusCode.Aborted or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled;
}
