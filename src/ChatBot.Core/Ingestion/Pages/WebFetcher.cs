using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>
/// Fetches one web resource politely and defensively: one request at a time per host, a timeout, a size cap,
/// a content-type check, redirects followed by hand (so a loop is named, not just cut off), and conditional GET.
/// Every failure becomes a <see cref="StoryUnreadableException"/> whose message is the reason a user reads.
/// </summary>
public sealed class WebFetcher(HttpClient http, WebFetchOptions options, HostGate? gate = null, TimeProvider? timeProvider = null)
{
    private readonly HostGate _gate = gate ?? new HostGate();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>A handler for <see cref="HttpClient"/> that leaves redirects to this class.</summary>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>Fetches <paramref name="uri"/>; <paramref name="accepts"/> decides whether the media type is wanted.</summary>
    public async Task<FetchResponse> FetchAsync(Uri uri, HttpValidators? validators, Func<string?, bool> accepts, string wanted, CancellationToken cancellationToken = default)
    {
        var visited = new List<Uri> { uri };
        var current = uri;
        while (true)
        {
            // The host's turn covers the whole exchange, body included; the timeout covers it too.
            using var turn = await _gate.EnterAsync(current, cancellationToken);
            using var timeout = new CancellationTokenSource(options.Timeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                using var response = await SendAsync(current, validators, linked.Token);
                if (IsRedirect(response.StatusCode))
                {
                    current = NextHop(current, response, visited);
                    continue;
                }

                return await ReadAsync(current, response, validators, accepts, wanted, linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new StoryUnreadableException($"timed out after {options.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");
            }
            catch (HttpRequestException e)
            {
                throw new StoryUnreadableException($"could not be fetched: {e.Message}", e);
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, HttpValidators? validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsed)) request.Headers.IfNoneMatch.Add(parsed);
        if (validators?.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private async Task<FetchResponse> ReadAsync(Uri current, HttpResponseMessage response, HttpValidators? validators, Func<string?, bool> accepts, string wanted, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified && validators is { Any: true })
        {
            return new FetchResponse(current, true, [], null, null, validators);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new StoryUnreadableException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (!accepts(mediaType))
        {
            throw new StoryUnreadableException($"not {wanted} (Content-Type: {mediaType ?? "none"})");
        }

        var body = await ReadCappedAsync(response, cancellationToken);
        var newValidators = new HttpValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        return new FetchResponse(current, false, body, mediaType, response.Content.Headers.ContentType?.CharSet, newValidators);
    }

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > options.MaxBytes) throw TooLarge();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // The length header may be absent or wrong; the cap is enforced on the bytes actually read.
            if (buffer.Length + read > options.MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private Uri NextHop(Uri current, HttpResponseMessage response, List<Uri> visited)
    {
        var location = response.Headers.Location ?? throw new StoryUnreadableException($"HTTP {(int)response.StatusCode} redirect without a Location");
        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        if (visited.Contains(next))
        {
            throw new StoryUnreadableException($"redirect loop: {string.Join(" → ", visited.Append(next))}");
        }

        visited.Add(next);
        if (visited.Count - 1 > options.MaxRedirects)
        {
            throw new StoryUnreadableException($"more than {options.MaxRedirects} redirects");
        }

        if (next.Scheme is not ("http" or "https")) throw new StoryUnreadableException($"redirect to a non-web address ({next.Scheme})");
        return next;
    }

    private static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private StoryUnreadableException TooLarge() =>
        new($"larger than the {options.MaxBytes / (1024 * 1024.0):0.#} MB limit");
}
