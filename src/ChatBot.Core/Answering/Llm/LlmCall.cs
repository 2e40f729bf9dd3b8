using Microsoft.Extensions.AI;

namespace ChatBot.Core.Answering.Llm;

/// <summary>One request to the model: a rendered prompt in, the reply's text out.</summary>
public static class LlmCall
{
    /// <summary>Sends the system and user messages and returns the reply text.</summary>
    public static async Task<string> CompleteAsync(IChatClient chat, (string System, string User) prompt, LlmSettings settings, CancellationToken cancellationToken = default)
    {
        var options = new ChatOptions
        {
            MaxOutputTokens = settings.MaxOutputTokens,
            Temperature = 0,
            ResponseFormat = settings.JsonResponseFormat ? ChatResponseFormat.Json : null,
        };
        ChatMessage[] messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.User)];
        var response = await chat.GetResponseAsync(messages, options, cancellationToken);
        return response.Text;
    }

    /// <summary>True when an exception means the model failed, not that the caller cancelled.</summary>
    public static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;
}
