namespace ChatBot.Llm;

/// <summary>
/// Reads the whole response body inside the resilience pipeline, so its timeout bounds a server that sends the
/// headers and then stalls; the OpenAI SDK would otherwise read the body after the pipeline had returned.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }
}
