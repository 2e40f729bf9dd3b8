using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering.Llm;

/// <summary>One request to the kernel's chat model: a rendered prompt in, the reply's text out.</summary>
public static class LlmCall
{
    /// <summary>
    /// Sends the system and user messages and returns the reply text. In JSON mode the reply's shape goes with it
    /// as a JSON schema (structured outputs), so a grammar-constrained server produces the object asked for.
    /// Kernel functions in <paramref name="tools"/> may be called by the model; the kernel's function-invoking
    /// client runs them.
    /// </summary>
    public static async Task<string> CompleteAsync(
        Kernel kernel,
        (string System, string User) prompt,
        LlmSettings settings,
        ReplySchema schema,
        IReadOnlyList<KernelFunction>? tools = null,
        CancellationToken cancellationToken = default)
    {
        var options = new ChatOptions
        {
            MaxOutputTokens = settings.MaxOutputTokens,
            Temperature = 0,
            ResponseFormat = settings.JsonResponseFormat ? ChatResponseFormat.ForJsonSchema(schema.Schema, schema.Name) : null,
        };
        var chat = kernel.GetRequiredService<IChatClient>();
        if (tools is { Count: > 0 })
        {
            options.Tools = [.. tools];
            // Three rounds: the model's follow-up search, a second search it may still try (the function refuses it
            // with a sentence), then its answer. The search itself enforces "one per question".
            chat = new FunctionInvokingChatClient(chat) { MaximumIterationsPerRequest = 3 };
        }

        ChatMessage[] messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User)];
        var response = await chat.GetResponseAsync(messages, options, cancellationToken);
        if (response.FinishReason == ChatFinishReason.Length)
        {
            throw new LlmReplyTruncatedException($"The model's reply was cut at its output limit ({settings.MaxOutputTokens} tokens).");
        }

        return response.Text;
    }

    /// <summary>True when an exception means the model failed, not that the caller cancelled.</summary>
    public static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;
}
