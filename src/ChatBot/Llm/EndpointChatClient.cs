using System.ClientModel;
using System.Diagnostics;
using ChatBot.Core.Answering.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace ChatBot.Llm;

/// <summary>
/// The bot's behaviour around the OpenAI SDK's <see cref="IChatClient"/>: every request's failures are read by
/// <see cref="EndpointFailures"/> (the resilience is the HttpClient's). A 400 for a context overflow becomes
/// <see cref="LlmContextOverflowException"/>, so Core can try again with fewer passages. Any other 400 to a request
/// that asked for a structured (JSON schema) reply is taken as the server not accepting that request shape: it is
/// asked once more in plain text, and in plain text from then on; the prompt still describes the reply's form.
/// </summary>
public sealed class EndpointChatClient(IChatClient inner, EndpointFailures failures, string model, ILogger logger) : DelegatingChatClient(inner)
{
    private volatile bool _structuredRejected;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var structured = options?.ResponseFormat is ChatResponseFormatJson && !_structuredRejected;
        var stopwatch = Stopwatch.StartNew();
        ChatResponse response;
        try
        {
            response = await SendAsync(list, structured ? options : WithoutFormat(options), structured, cancellationToken);
        }
        catch (ClientResultException e) when (structured && e.Status == 400)
        {
            _structuredRejected = true;
            LlmClientLog.JsonFormatRejected(logger);
            response = await SendAsync(list, WithoutFormat(options), structured: false, cancellationToken);
        }

        LlmClientLog.Completed(logger, response.ModelId ?? model, "chat", stopwatch.Elapsed.TotalMilliseconds, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
        return response;
    }

    /// <summary>The bot does not stream; the whole reply arrives as one update, through the same checks.</summary>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    private Task<ChatResponse> SendAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, bool structured, CancellationToken cancellationToken) =>
        failures.CallAsync(
            "chat",
            token => base.GetResponseAsync(messages, options?.Clone(), token),
            passThrough: e => structured && e.Status == 400 && !EndpointFailures.IsContextOverflow(e),
            cancellationToken);

    private static ChatOptions? WithoutFormat(ChatOptions? options)
    {
        if (options?.ResponseFormat is null) return options;
        var plain = options.Clone();
        plain.ResponseFormat = null;
        return plain;
    }
}
