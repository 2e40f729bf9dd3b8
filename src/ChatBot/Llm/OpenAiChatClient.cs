using System.ClientModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatResponseFormat = Microsoft.Extensions.AI.ChatResponseFormat;
using OpenAiChatMessage = OpenAI.Chat.ChatMessage;
using OpenAiChatResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace ChatBot.Llm;

/// <summary>
/// <see cref="IChatClient"/> over the OpenAI SDK's <see cref="ChatClient"/>: the small part of the adapter the bot
/// needs (text messages, max tokens, temperature, JSON response format). When the endpoint rejects the JSON
/// response format it is asked without it from then on; the prompt still describes the reply's form.
/// </summary>
public sealed class OpenAiChatClient(ChatClient client, string model, EndpointCaller caller, ILogger logger) : IChatClient
{
    private volatile bool _jsonRejected;

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var converted = messages.Select(Convert).ToList();
        var stopwatch = Stopwatch.StartNew();
        ClientResult<ChatCompletion> result;
        try
        {
            result = await caller.CallAsync("chat", token => client.CompleteChatAsync(converted, Options(options), token), cancellationToken);
        }
        catch (ClientResultException e) when (WantsJson(options) && EndpointCaller.IsJsonFormatRejection(e))
        {
            _jsonRejected = true;
            LlmClientLog.JsonFormatRejected(logger);
            result = await caller.CallAsync("chat", token => client.CompleteChatAsync(converted, Options(options), token), cancellationToken);
        }

        var completion = result.Value;
        LlmClientLog.Completed(logger, completion.Model ?? model, "chat", stopwatch.Elapsed.TotalMilliseconds, completion.Usage?.InputTokenCount, completion.Usage?.OutputTokenCount);
        var text = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        return new ChatResponse(new AiChatMessage(ChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            ResponseId = completion.Id,
            FinishReason = completion.FinishReason switch
            {
                OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
                OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
                _ => Microsoft.Extensions.AI.ChatFinishReason.Stop,
            },
            Usage = completion.Usage is { } usage
                ? new UsageDetails { InputTokenCount = usage.InputTokenCount, OutputTokenCount = usage.OutputTokenCount, TotalTokenCount = usage.TotalTokenCount }
                : null,
        };
    }

    /// <summary>The bot does not stream; the whole reply arrives as one update.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai-compatible", defaultModelId: model)
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Fresh options per attempt: the SDK fills in request fields on the object it is given.</summary>
    private ChatCompletionOptions Options(ChatOptions? options)
    {
        var completion = new ChatCompletionOptions
        {
            MaxOutputTokenCount = options?.MaxOutputTokens,
            Temperature = options?.Temperature,
        };
        if (WantsJson(options) && !_jsonRejected) completion.ResponseFormat = OpenAiChatResponseFormat.CreateJsonObjectFormat();
        return completion;
    }

    private static bool WantsJson(ChatOptions? options) => options?.ResponseFormat is ChatResponseFormatJson;

    private static OpenAiChatMessage Convert(AiChatMessage message)
    {
        var text = message.Text;
        if (message.Role == ChatRole.System) return new SystemChatMessage(text);
        if (message.Role == ChatRole.Assistant) return new AssistantChatMessage(text);
        return new UserChatMessage(text);
    }
}
