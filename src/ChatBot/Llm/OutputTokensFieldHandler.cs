using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Llm;

/// <summary>
/// Renames the OpenAI SDK's <c>max_completion_tokens</c> to <c>max_tokens</c> in chat requests, for servers that
/// read only the older field (<see cref="LlmOptions.OutputTokensField"/>). The SDK offers no switch for it and
/// the field is set from Core's <c>ChatOptions.MaxOutputTokens</c>, so the request body is rewritten on its way out.
/// </summary>
internal sealed class OutputTokensFieldHandler(LlmOptions options) : DelegatingHandler
{
    private const string Current = "max_completion_tokens";
    private const string Legacy = "max_tokens";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (options.SendsLegacyMaxTokens && request.Content is { } content && content.Headers.ContentType?.MediaType == "application/json")
        {
            var body = await content.ReadAsStringAsync(cancellationToken);
            if (JsonNode.Parse(body) is JsonObject json && json.Remove(Current, out var limit))
            {
                json[Legacy] = limit;
                request.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
